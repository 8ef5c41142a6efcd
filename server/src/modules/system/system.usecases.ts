import type { AppDeps } from '../../app-deps.ts';
import { selectOne } from './system.repository.ts';

/** A readiness probe must answer quickly even when the database hangs. */
export const READY_TIMEOUT_MS = 2_000;

/** Whether the database answers within READY_TIMEOUT_MS. */
export async function databaseReachable(deps: Pick<AppDeps, 'db'>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([selectOne(deps.db).then(() => true as const), timedOut]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
