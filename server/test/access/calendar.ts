import { systemActor } from '../../src/shared/principal.ts';
import { rotateToken } from '../../src/modules/calendar/calendar.usecases.ts';
import { createUser } from '../helpers.ts';
import { everyone, signedIn, type Cases, type MatrixFixtures } from './matrix.ts';

/** Calendar feeds: the published one is public, a personal one opens with its secret token. */
export async function calendarCases({ ctx }: MatrixFixtures): Promise<Cases> {
  // A subscriber of its own, so no caller's token rotation changes the address under test.
  const subscriber = await createUser(ctx.database.appDb, 'm.calendar', [{ role: 'observer' }]);
  const token = await rotateToken({ ...ctx.deps, actor: systemActor('matrix') }, subscriber);
  return {
    'GET /api/v1/calendar/published.ics': { path: () => '/api/v1/calendar/published.ics', expect: everyone(200) },
    'GET /api/v1/calendar/feeds/:token': { path: () => `/api/v1/calendar/feeds/${token}`, expect: everyone(200) },
    'GET /api/v1/calendar/feeds/:token #wrong': { path: () => `/api/v1/calendar/feeds/${'x'.repeat(32)}`, expect: everyone(404) },
    'POST /api/v1/calendar/token': { path: () => '/api/v1/calendar/token', expect: signedIn(200) },
  };
}
