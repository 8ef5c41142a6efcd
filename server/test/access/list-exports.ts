import { only, WORK_READERS, type Cases, type MatrixFixtures } from './matrix.ts';

/**
 * Excel exports of the plan, report, user and audit lists (issue 17, item 3):
 * each is open to exactly the readers of its list.
 */
export async function listExportsCases(_fixtures: MatrixFixtures): Promise<Cases> {
  return {
    'GET /api/v1/plans/export.xlsx': { path: () => '/api/v1/plans/export.xlsx?year=2026', expect: only(WORK_READERS) },
    'GET /api/v1/reports/export.xlsx': { path: () => '/api/v1/reports/export.xlsx?state=submitted', expect: only(WORK_READERS) },
    'GET /api/v1/users/export.xlsx': { path: () => '/api/v1/users/export.xlsx', expect: only(['admin']) },
    'GET /api/v1/audit-events/export.xlsx': { path: () => '/api/v1/audit-events/export.xlsx?outcome=success', expect: only(['admin', 'office', 'observer']) },
  };
}
