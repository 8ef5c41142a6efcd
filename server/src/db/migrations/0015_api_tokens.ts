import { sql, type Kysely } from 'kysely';

/**
 * API tokens for other systems (issue 11): a statistics bureau's system pushes
 * observations with `Authorization: Bearer yrd_pat_…`. Only the SHA-256 of the
 * secret is kept (the secret is 256 random bits, so a plain hash suffices); the
 * secret itself is shown once. A token writes for one member, optionally only
 * some indicators, until it expires or is revoked; it is read on every request,
 * so a revocation takes effect at once. Not watched for change notices (a push
 * bumps last_used_at; nothing cached depends on tokens): see QUIET_TABLES.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE api_tokens (
      id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      member_code      text NOT NULL REFERENCES members(code),
      indicator_codes  text[] NOT NULL DEFAULT '{}',
      secret_hash      text NOT NULL UNIQUE CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
      secret_prefix    text NOT NULL,
      expires_at       timestamptz NOT NULL,
      revoked_at       timestamptz,
      revoked_by       uuid REFERENCES users(id),
      last_used_at     timestamptz,
      created_by       uuid REFERENCES users(id),
      created_at       timestamptz NOT NULL,
      version          integer NOT NULL DEFAULT 1
    );
    CREATE INDEX api_tokens_created_idx ON api_tokens (created_at DESC, id DESC);
  `.execute(db);
}
