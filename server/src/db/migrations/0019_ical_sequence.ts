import { sql, type Kysely } from 'kysely';

/**
 * What calendar clients need to update a meeting they already hold (issue 15,
 * item 3; decision 0015):
 *
 * - ical_sequence: the iCalendar SEQUENCE, one more on every change of the
 *   meeting's time, place, title or status. A trigger counts it, so every
 *   writer (the meetings API, decisions, demo data, restore) keeps it right
 *   without knowing about calendars.
 * - ical_public: the meeting has been in the published feed (published or
 *   held) at some time. A meeting cancelled or taken back to planned after that
 *   stays in the published feed as STATUS:CANCELLED until it is past, so
 *   subscribed clients remove it instead of keeping it. Never set back.
 *
 * Restored rows keep their values (the insert branch only adds publicity).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE meetings
      ADD COLUMN ical_sequence integer NOT NULL DEFAULT 0 CHECK (ical_sequence >= 0),
      ADD COLUMN ical_public boolean NOT NULL DEFAULT false;
    UPDATE meetings SET ical_public = status IN ('published', 'held');

    CREATE FUNCTION yrd_meeting_ical() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        NEW.ical_public := NEW.ical_public OR NEW.status IN ('published', 'held');
        RETURN NEW;
      END IF;
      NEW.ical_sequence := OLD.ical_sequence + CASE
        WHEN (NEW.starts_at, NEW.ends_at, NEW.venue_zh, NEW.venue_en, NEW.title_zh, NEW.title_en, NEW.status)
             IS DISTINCT FROM (OLD.starts_at, OLD.ends_at, OLD.venue_zh, OLD.venue_en, OLD.title_zh, OLD.title_en, OLD.status)
        THEN 1 ELSE 0 END;
      NEW.ical_public := OLD.ical_public OR NEW.status IN ('published', 'held');
      RETURN NEW;
    END $$;

    CREATE TRIGGER meetings_ical BEFORE INSERT OR UPDATE ON meetings
      FOR EACH ROW EXECUTE FUNCTION yrd_meeting_ical();
  `.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TRIGGER meetings_ical ON meetings;
    DROP FUNCTION yrd_meeting_ical();
    ALTER TABLE meetings DROP COLUMN ical_sequence, DROP COLUMN ical_public;
  `.execute(db);
}
