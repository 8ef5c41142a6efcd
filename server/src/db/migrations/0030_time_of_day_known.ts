import { sql, type Kysely } from 'kysely';

/**
 * What the record knows, not what was filled in (issue 14, item 5): the 2024
 * source gives the days of the symposium, not the times of day, so the times
 * the loader needs are nominal and are now marked as such — a meeting's start
 * and a decision's time carry `time_of_day_known`, false for the real 2024
 * records, and screens show the day only. A body carries its provenance: the
 * working groups are configuration of this deployment (the source does not
 * name them), not record. Installs that loaded the 2024 files get the marks
 * here; the files carry them for new installs. An Office that sets a time
 * afterwards makes it known (meetings.usecases).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE meetings ADD COLUMN time_of_day_known boolean NOT NULL DEFAULT true;
    ALTER TABLE decisions ADD COLUMN time_of_day_known boolean NOT NULL DEFAULT true;
    ALTER TABLE bodies ADD COLUMN provenance text NOT NULL DEFAULT 'source' CHECK (provenance IN ('source', 'configuration'));

    UPDATE meetings SET time_of_day_known = false WHERE record_key LIKE 'yrd-2024-%' AND NOT is_demo;
    UPDATE decisions SET time_of_day_known = false
     WHERE NOT is_demo AND meeting_id IN (SELECT id FROM meetings WHERE record_key = 'yrd-2024-symposium')
       AND decided_at IN ('2024-06-05T18:00:00+08:00', '2024-06-06T10:00:00+08:00');
    UPDATE bodies SET provenance = 'configuration' WHERE kind = 'working_group';
  `.execute(db);
}
