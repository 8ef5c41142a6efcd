import { sql, type Kysely } from 'kysely';

/**
 * The results reports' editions (issue 17, item 1): the narratives the Office writes for one
 * report (annual, quarterly or a member's) — foreword and outlook in both languages — and, once
 * published, the report as it stood then in both languages (frozen: the portal shows that, and a
 * later change of the records or narratives reaches it only by publishing again). Figures are never
 * stored here: they are computed from the records whenever the report is read or generated.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE results_editions (
      id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind             text NOT NULL CHECK (kind IN ('annual', 'quarterly', 'member')),
      year             integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      quarter          integer CHECK (quarter BETWEEN 1 AND 4),
      member_code      text REFERENCES members(code),
      foreword_zh      text NOT NULL DEFAULT '',
      foreword_en      text NOT NULL DEFAULT '',
      outlook_zh       text NOT NULL DEFAULT '',
      outlook_en       text NOT NULL DEFAULT '',
      version          integer NOT NULL DEFAULT 1,
      updated_at       timestamptz NOT NULL DEFAULT now(),
      updated_by       uuid REFERENCES users(id),
      published_at     timestamptz,
      published_by     uuid REFERENCES users(id),
      published_model  jsonb,
      is_demo          boolean NOT NULL DEFAULT false,
      CHECK ((kind = 'quarterly') = (quarter IS NOT NULL)),
      CHECK ((kind = 'member') = (member_code IS NOT NULL)),
      CHECK ((published_at IS NULL) = (published_model IS NULL))
    );
    CREATE UNIQUE INDEX results_editions_uq ON results_editions (kind, year, coalesce(quarter, 0), coalesce(member_code, ''));
    CREATE INDEX results_editions_published_idx ON results_editions (published_at DESC) WHERE published_at IS NOT NULL;
  `.execute(db);
}
