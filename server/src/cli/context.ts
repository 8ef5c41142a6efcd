import type { AppDeps } from '../app-deps.ts';
import { loadConfig, type AppConfig } from '../config.ts';
import { DataChanges } from '../db/data-changes.ts';
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
    return await work({ deps: { db: database.appDb, clock: systemClock, config, dataChanges: new DataChanges() }, database, config });
  } finally {
    await database.close();
  }
}

/** An expected refusal: printed without a stack trace, exit code 1. */
export class CliError extends Error {}

/**
 * Throws rather than exiting, so `withDatabase` still closes the database (and
 * stops an embedded PostgreSQL it started) on the way out.
 */
export function fail(message: string): never {
  throw new CliError(message);
}
