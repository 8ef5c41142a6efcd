/**
 * A steady stream of committed writes beside a load run: what the read cache
 * faces when people file and review reports while others read. Each write is
 * a real commit on a watched table (an `app_settings` row of the bench's own),
 * so PostgreSQL sends the change notice every instance's cache acts on, as it
 * would for a report or a share; the work-loop data itself stays untouched.
 */
import { sql } from 'kysely';
import type { Db } from '../../server/src/db/database.ts';

const WRITER_KEY = 'bench.writer';

export interface RunningWriter {
  /** Stops writing; answers how many writes committed. */
  stop(): Promise<number>;
}

export function startWriter(db: Db, perSecond: number): RunningWriter {
  let written = 0;
  let inFlight: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    inFlight = inFlight.then(async () => {
      await sql`INSERT INTO app_settings (key, value) VALUES (${WRITER_KEY}, ${JSON.stringify({ n: written + 1, at: new Date().toISOString() })}::jsonb)
                ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`.execute(db);
      written += 1;
    });
  }, 1000 / perSecond);
  return {
    async stop() {
      clearInterval(timer);
      await inFlight;
      await db.deleteFrom('app_settings').where('key', '=', WRITER_KEY).execute();
      return written;
    },
  };
}
