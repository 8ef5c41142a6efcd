/**
 * The app as createTestContext builds it, but with its error log captured, so
 * a 5xx found by the fuzz test is printed with the exception behind it.
 */
import { buildApp } from '../../src/app.ts';
import type { AppDeps } from '../../src/app-deps.ts';
import { DataChanges } from '../../src/db/data-changes.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { createTestDatabase, testConfig, type TestContext } from '../helpers.ts';

export interface FuzzContext extends TestContext {
  /** Error-level log lines since the last `takeErrors()`. */
  takeErrors(): string[];
}

export async function createFuzzContext(): Promise<FuzzContext> {
  const database = await createTestDatabase();
  const clock = new ManualClock('2026-03-02T01:00:00.000Z');
  const dataChanges = new DataChanges({ db: database.appDb });
  await dataChanges.listen(database.appUrl);
  const deps: AppDeps = { db: database.appDb, clock, config: testConfig(), dataChanges };
  let lines: string[] = [];
  const app = await buildApp(deps, { logger: { level: 'error', stream: { write: (line: string) => void lines.push(line) } } });
  await app.ready();
  return {
    database,
    deps,
    clock,
    app,
    takeErrors() {
      const taken = lines;
      lines = [];
      return taken;
    },
    async close() {
      await app.close();
      await dataChanges.stop();
      await database.drop();
    },
  };
}
