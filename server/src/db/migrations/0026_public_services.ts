import { sql, type Kysely } from 'kysely';

/**
 * The shared public services catalogue (issue 16, items 1–2).
 *
 * - public_services: a cross-member service by code, zh/en name, category, legal basis.
 * - public_service_bodies: the responsible body of each member (a body of that member; checked by the use case).
 * - public_service_availability: one row per service × member (status, since, channels, coverage), versioned.
 * - public_service_availability_history: append-only, one row per change (revision 1 = first recorded);
 *   a trigger refuses UPDATE and DELETE, so the history can only grow.
 * - public_service_usage: a count per service × origin member × destination member × month.
 *   The ORIGIN member owns a row (its insured persons / residents used the service elsewhere, and its
 *   own fund or agency records the settlement), so the origin's liaison or editor enters it.
 * - public_service_indicators: usage series declared as indicators (by origin, by destination, or the total).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE public_services (
      id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code             text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_-]{1,39}$'),
      name_zh          text NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 300),
      name_en          text NOT NULL DEFAULT '',
      category         text NOT NULL CHECK (category IN ('employment', 'medical_insurance', 'social_security', 'pension', 'government_services', 'transport', 'education', 'other')),
      legal_basis_zh   text NOT NULL DEFAULT '',
      legal_basis_en   text NOT NULL DEFAULT '',
      is_demo          boolean NOT NULL DEFAULT false,
      version          integer NOT NULL DEFAULT 1,
      created_at       timestamptz NOT NULL DEFAULT now(),
      updated_at       timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX public_services_category_idx ON public_services (category, code);
    CREATE INDEX public_services_search_idx ON public_services USING gin ((code || ' ' || name_zh || ' ' || name_en) gin_trgm_ops);

    CREATE TABLE public_service_bodies (
      service_id   uuid NOT NULL REFERENCES public_services(id) ON DELETE CASCADE,
      member_code  text NOT NULL REFERENCES members(code),
      body_code    text NOT NULL REFERENCES bodies(code),
      PRIMARY KEY (service_id, member_code)
    );

    CREATE TABLE public_service_availability (
      id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      service_id   uuid NOT NULL REFERENCES public_services(id) ON DELETE CASCADE,
      member_code  text NOT NULL REFERENCES members(code),
      status       text NOT NULL CHECK (status IN ('planned', 'pilot', 'available', 'suspended')),
      since        date,
      channels     text[] NOT NULL DEFAULT '{}' CHECK (channels <@ ARRAY['online', 'app', 'counter']::text[]),
      all_cities   boolean NOT NULL DEFAULT true,
      city_codes   text[] NOT NULL DEFAULT '{}',
      note         text NOT NULL DEFAULT '',
      is_demo      boolean NOT NULL DEFAULT false,
      version      integer NOT NULL DEFAULT 1,
      updated_at   timestamptz NOT NULL DEFAULT now(),
      updated_by   uuid REFERENCES users(id),
      UNIQUE (service_id, member_code),
      CHECK (NOT all_cities OR city_codes = '{}')
    );

    CREATE TABLE public_service_availability_history (
      id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      availability_id  uuid NOT NULL REFERENCES public_service_availability(id),
      service_id       uuid NOT NULL REFERENCES public_services(id),
      member_code      text NOT NULL REFERENCES members(code),
      revision         integer NOT NULL CHECK (revision >= 1),
      status           text NOT NULL,
      since            date,
      channels         text[] NOT NULL,
      all_cities       boolean NOT NULL,
      city_codes       text[] NOT NULL,
      note             text NOT NULL DEFAULT '',
      is_demo          boolean NOT NULL DEFAULT false,
      changed_by       uuid REFERENCES users(id),
      changed_by_name  text NOT NULL DEFAULT '',
      changed_at       timestamptz NOT NULL DEFAULT now(),
      UNIQUE (availability_id, revision)
    );
    CREATE INDEX public_service_availability_history_idx ON public_service_availability_history (service_id, member_code, revision DESC);

    CREATE FUNCTION yrd_service_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'public_service_availability_history is append-only'
        USING ERRCODE = 'integrity_constraint_violation';
    END $$;
    CREATE TRIGGER public_service_availability_history_append_only BEFORE UPDATE OR DELETE ON public_service_availability_history
      FOR EACH ROW EXECUTE FUNCTION yrd_service_history_append_only();

    CREATE TABLE public_service_usage (
      service_id               uuid NOT NULL REFERENCES public_services(id) ON DELETE CASCADE,
      origin_member_code       text NOT NULL REFERENCES members(code),
      destination_member_code  text NOT NULL REFERENCES members(code),
      month                    text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      month_start              date NOT NULL,
      count                    bigint NOT NULL CHECK (count >= 0),
      is_demo                  boolean NOT NULL DEFAULT false,
      version                  integer NOT NULL DEFAULT 1,
      updated_at               timestamptz NOT NULL DEFAULT now(),
      updated_by               uuid REFERENCES users(id),
      PRIMARY KEY (service_id, origin_member_code, destination_member_code, month),
      CHECK (month_start = (month || '-01')::date)
    );
    -- A service's matrix or trend over a range of months.
    CREATE INDEX public_service_usage_month_idx ON public_service_usage (service_id, month_start) INCLUDE (origin_member_code, destination_member_code, count);
    -- The catalogue matrix: every service's usage over the last months.
    CREATE INDEX public_service_usage_recent_idx ON public_service_usage (month_start, service_id) INCLUDE (count);

    CREATE TABLE public_service_indicators (
      service_id    uuid NOT NULL REFERENCES public_services(id) ON DELETE CASCADE,
      basis         text NOT NULL CHECK (basis IN ('origin', 'destination', 'total')),
      indicator_id  uuid NOT NULL REFERENCES indicators(id),
      created_at    timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (service_id, basis)
    );
  `.execute(db);
  for (const table of ['public_services', 'public_service_bodies', 'public_service_availability', 'public_service_availability_history', 'public_service_usage', 'public_service_indicators']) {
    await sql`SELECT yrd_watch_table(${table})`.execute(db);
  }
}
