import { sql, type Kysely } from 'kysely';

/**
 * The foundation: the region as data, accounts, sessions, throttling and the
 * append-only audit chain.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE regions (
      id            text PRIMARY KEY,
      name_zh       text NOT NULL,
      name_en       text NOT NULL,
      time_zone     text NOT NULL,
      data_version  text NOT NULL,
      loaded_at     timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE members (
      code        text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
      region_id   text NOT NULL REFERENCES regions(id),
      kind        text NOT NULL CHECK (kind IN ('municipality', 'province')),
      name_zh     text NOT NULL,
      name_en     text NOT NULL,
      short_zh    text NOT NULL,
      short_en    text NOT NULL,
      sort_order  integer NOT NULL
    );

    CREATE TABLE cities (
      code         text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
      member_code  text NOT NULL REFERENCES members(code),
      name_zh      text NOT NULL,
      name_en      text NOT NULL,
      sort_order   integer NOT NULL
    );
    CREATE INDEX cities_member_idx ON cities (member_code, sort_order);

    CREATE TABLE bodies (
      code         text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9_.-]*$'),
      region_id    text NOT NULL REFERENCES regions(id),
      tier         text NOT NULL CHECK (tier IN ('decision', 'coordination', 'execution', 'observer')),
      kind         text NOT NULL,
      name_zh      text NOT NULL,
      name_en      text NOT NULL,
      description_zh text NOT NULL DEFAULT '',
      description_en text NOT NULL DEFAULT '',
      parent_code  text REFERENCES bodies(code),
      member_code  text REFERENCES members(code),
      rhythm       text NOT NULL DEFAULT '',
      sort_order   integer NOT NULL
    );
    CREATE INDEX bodies_tier_idx ON bodies (tier, sort_order);

    CREATE TABLE users (
      id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username             text NOT NULL,
      display_name         text NOT NULL,
      email                text,
      password_hash        text,
      must_change_password boolean NOT NULL DEFAULT true,
      password_changed_at  timestamptz,
      locale               text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en')),
      status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
      is_demo              boolean NOT NULL DEFAULT false,
      version              integer NOT NULL DEFAULT 1,
      created_at           timestamptz NOT NULL DEFAULT now(),
      updated_at           timestamptz NOT NULL DEFAULT now(),
      last_login_at        timestamptz
    );
    CREATE UNIQUE INDEX users_username_key ON users (lower(username));

    CREATE TABLE user_roles (
      id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id      uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      role         text NOT NULL CHECK (role IN ('admin', 'office', 'liaison', 'editor', 'observer')),
      member_code  text REFERENCES members(code),
      body_code    text REFERENCES bodies(code),
      granted_by   uuid REFERENCES users(id),
      granted_at   timestamptz NOT NULL DEFAULT now(),
      -- liaisons and editors act for exactly one member; the others for none
      CHECK ((role IN ('liaison', 'editor')) = (member_code IS NOT NULL)),
      CHECK (body_code IS NULL OR role IN ('liaison', 'editor'))
    );
    CREATE UNIQUE INDEX user_roles_unique ON user_roles (user_id, role, coalesce(member_code, ''), coalesce(body_code, ''));

    CREATE TABLE password_history (
      user_id        uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      password_hash  text NOT NULL,
      created_at     timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX password_history_user_idx ON password_history (user_id, created_at DESC);

    CREATE TABLE sessions (
      token_hash    bytea PRIMARY KEY,
      user_id       uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token    text NOT NULL,
      created_at    timestamptz NOT NULL,
      last_seen_at  timestamptz NOT NULL,
      expires_at    timestamptz NOT NULL,
      ip            text,
      user_agent    text
    );
    CREATE INDEX sessions_user_idx ON sessions (user_id);

    CREATE TABLE login_throttle (
      key               text PRIMARY KEY,
      failures          integer NOT NULL,
      first_failure_at  timestamptz NOT NULL,
      locked_until      timestamptz
    );

    CREATE TABLE app_settings (
      key    text PRIMARY KEY,
      value  jsonb NOT NULL
    );

    CREATE TABLE audit_events (
      seq                bigserial PRIMARY KEY,
      id                 uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
      occurred_at        timestamptz NOT NULL,
      actor_user_id      uuid,
      actor_username     text,
      actor_member_code  text,
      action             text NOT NULL,
      outcome            text NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
      object_type        text,
      object_id          text,
      summary            jsonb NOT NULL DEFAULT '{}'::jsonb,
      ip                 text,
      prev_hash          text NOT NULL,
      hash               text NOT NULL UNIQUE
    );
    CREATE INDEX audit_events_object_idx ON audit_events (object_type, object_id, seq DESC);
    CREATE INDEX audit_events_actor_idx ON audit_events (actor_user_id, seq DESC);
    CREATE INDEX audit_events_action_idx ON audit_events (action, seq DESC);
    CREATE INDEX audit_events_time_idx ON audit_events (occurred_at);

    -- Append-only, even for a role that was granted more than it should have been.
    CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
    CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
  `.execute(db);
}
