/**
 * A steady stream of committed writes beside a load run: what the board's
 * kept counts and the session cache face when the scan and the reviewers change
 * things while others read. Each write turns one open flag of the bench data
 * red ↔ yellow — a real change of the board's counts, through its triggers
 * (migration 0011), and of the task list's flag filters — and PostgreSQL sends
 * the change notice every instance's session cache acts on. At the end the flag gets
 * its first colour back, so the data is as it was.
 */
import { sql } from 'kysely';
import type { Db } from '../../server/src/db/database.ts';

export interface RunningWriter {
  /** Stops writing; answers how many writes committed. */
  stop(): Promise<number>;
}

export async function startWriter(db: Db, perSecond: number): Promise<RunningWriter> {
  const flag = await db.selectFrom('supervision_flags').select(['id', 'severity']).where('resolved_at', 'is', null).orderBy('id').limit(1).executeTakeFirstOrThrow();
  let written = 0;
  let inFlight: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    inFlight = inFlight.then(async () => {
      await sql`UPDATE supervision_flags SET severity = CASE severity WHEN 'red' THEN 'yellow' ELSE 'red' END WHERE id = ${flag.id}`.execute(db);
      written += 1;
    });
  }, 1000 / perSecond);
  return {
    async stop() {
      clearInterval(timer);
      await inFlight;
      await db.updateTable('supervision_flags').set({ severity: flag.severity }).where('id', '=', flag.id).execute();
      return written;
    },
  };
}
