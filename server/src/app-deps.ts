import type { AppConfig } from './config.ts';
import type { Db } from './db/database.ts';
import type { Clock } from './shared/clock.ts';

/** What route plugins and use cases get from the app: passed explicitly, never imported globally. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  config: AppConfig;
}
