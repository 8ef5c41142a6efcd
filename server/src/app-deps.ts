import type { AppConfig } from './config.ts';
import type { DataChanges } from './db/data-changes.ts';
import type { Db } from './db/database.ts';
import type { Clock } from './shared/clock.ts';
import { actorOf, type Actor, type Principal } from './shared/principal.ts';

/** What route plugins and use cases get from the app: passed explicitly, never imported globally. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  config: AppConfig;
  /** Where this process notes its own writes and hears of everyone else's (the session cache's invalidation, decision 0012). */
  dataChanges: DataChanges;
}

/** The app's dependencies plus who is calling: what write use cases take. */
export interface CallerDeps extends AppDeps {
  actor: Actor;
  principal: Principal;
}

export function callerDeps(deps: AppDeps, request: { principal: Principal; ip: string }): CallerDeps {
  return { ...deps, actor: actorOf(request.principal, request.ip), principal: request.principal };
}
