import { only, WORK_READERS, type Cases } from './matrix.ts';

/** The leaders' dashboard: every work role reads it; administrators without a work role and anonymous callers do not. */
export async function dashboardCases(): Promise<Cases> {
  return {
    'GET /api/v1/dashboard/summary': { path: () => '/api/v1/dashboard/summary?year=2026', expect: only(WORK_READERS) },
    'GET /api/v1/dashboard/summary #default-year': {
      path: () => '/api/v1/dashboard/summary',
      expect: only(WORK_READERS),
      check: (_who, body) => {
        if ((body as { year: number }).year !== 2026) throw new Error('the default year is the clock’s year in the region');
      },
    },
  };
}
