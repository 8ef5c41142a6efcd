import { sql, type Kysely } from 'kysely';

/**
 * Sign-in hardening (issue 14, items 10, 11 and 19; decision 0016):
 *
 * - access_denial_tallies: denied anonymous requests counted per (source,
 *   route, minute) instead of one audit row each; a closed minute becomes one
 *   `access.denied` audit event carrying the count (auth.denials.ts).
 * - login_throttle gets the username and source address it counts for (so an
 *   administrator can list and lift locks) and how many times the key was
 *   locked in a row (the global per-username back-off doubles with each).
 * - Two-factor sign-in: a TOTP secret per user (confirmed once a code from the
 *   app matched), recovery codes stored as argon2 hashes, the pending second
 *   step of a sign-in, and when a session last passed the second factor.
 *
 * The tallies and pending sign-in steps change on every such request and no
 * cached answer reads them: they stay quiet (QUIET_TABLES). The second-factor
 * tables change rarely and the session cache reads whether a user enrolled, so
 * other instances hear of them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE access_denial_tallies (
      source       text NOT NULL,
      route        text NOT NULL,
      minute       timestamptz NOT NULL,
      reason       text NOT NULL,
      denials      integer NOT NULL CHECK (denials > 0),
      PRIMARY KEY (source, route, minute)
    );
    CREATE INDEX access_denial_tallies_minute_idx ON access_denial_tallies (minute);

    ALTER TABLE login_throttle
      ADD COLUMN username text,
      ADD COLUMN source text,
      ADD COLUMN lock_count integer NOT NULL DEFAULT 0;

    CREATE TABLE user_totp (
      user_id         uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      secret          text NOT NULL,
      confirmed_at    timestamptz,
      last_used_step  bigint,
      created_at      timestamptz NOT NULL
    );

    CREATE TABLE user_recovery_codes (
      id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      code_hash   text NOT NULL,
      used_at     timestamptz,
      created_at  timestamptz NOT NULL
    );
    CREATE INDEX user_recovery_codes_user_idx ON user_recovery_codes (user_id);

    CREATE TABLE login_challenges (
      token_hash  bytea PRIMARY KEY,
      user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      ip          text,
      attempts    integer NOT NULL DEFAULT 0,
      created_at  timestamptz NOT NULL,
      expires_at  timestamptz NOT NULL
    );

    ALTER TABLE sessions ADD COLUMN second_factor_at timestamptz;

    SELECT yrd_watch_table('user_totp');
    SELECT yrd_watch_table('user_recovery_codes');
  `.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE sessions DROP COLUMN second_factor_at;
    DROP TABLE login_challenges;
    DROP TABLE user_recovery_codes;
    DROP TABLE user_totp;
    ALTER TABLE login_throttle DROP COLUMN username, DROP COLUMN source, DROP COLUMN lock_count;
    DROP TABLE access_denial_tallies;
  `.execute(db);
}
