import { sql, type Kysely } from 'kysely';

/**
 * Supervision and its outbound channels: a record of every webhook delivery
 * (its id is the X-YRD-Delivery header, stable across retries), when a
 * notification was e-mailed, and the indexes the scan, the ladder and the
 * queue's housekeeping read by.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE notifications ADD COLUMN emailed_at timestamptz;
    CREATE INDEX notifications_unread_idx ON notifications (user_id, created_at DESC) WHERE read_at IS NULL;

    CREATE TABLE webhook_deliveries (
      id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      endpoint_id       uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
      event             text NOT NULL,
      payload           jsonb NOT NULL,
      dedup_key         text NOT NULL UNIQUE,
      status            text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'skipped')),
      attempts          integer NOT NULL DEFAULT 0,
      last_status_code  integer,
      last_error        text,
      created_at        timestamptz NOT NULL,
      delivered_at      timestamptz
    );
    CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, created_at DESC);

    -- The ladder: open flags whose next step is due.
    CREATE INDEX supervision_flags_escalation_idx ON supervision_flags (next_escalation_at) WHERE resolved_at IS NULL;
    -- Housekeeping removes finished jobs after a while.
    CREATE INDEX jobs_finished_idx ON jobs (finished_at) WHERE status IN ('done', 'failed');
  `.execute(db);
}
