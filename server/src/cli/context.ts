import type { AppDeps } from '../app-deps.ts';
import { loadConfig, type AppConfig } from '../config.ts';
import { openDatabase, type OpenDatabase } from '../db/runtime.ts';
import { systemClock } from '../shared/clock.ts';

/** Opens the database for a CLI command and always closes it (stopping an embedded server we started). */
export async function withDatabase<T>(
  work: (ctx: { deps: AppDeps; database: OpenDatabase; config: AppConfig }) => Promise<T>,
  options: { migrate?: boolean; quiet?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const log = options.quiet ? () => undefined : (message: string) => console.error(`· ${message}`);
  const database = await openDatabase(config, { log, migrate: options.migrate });
  try {
    return await work({ deps: { db: database.appDb, clock: systemClock, config }, database, config });
  } finally {
    await database.close();
  }
}

export function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}
