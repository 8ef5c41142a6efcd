import { queueImport } from '../../src/modules/excel/excel.jobs.ts';
import { systemActor } from '../../src/shared/principal.ts';
import { taskWorkbook } from '../excel-fixtures.ts';
import { makePlan } from '../work-fixtures.ts';
import { only, WORK_READERS, type Cases, type MatrixFixtures } from './matrix.ts';

/** Excel: the Office downloads the template and imports; every work reader exports. */
export async function excelCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const deps = ctx.deps;
  const planId = await makePlan(deps, { code: 'XL-MATRIX' });
  // A valid one-row workbook, sent as a raw body (a dry run writes nothing, so every caller sees the same).
  const file = await taskWorkbook([{ code: '1.1', titleZh: '矩阵任务', lead: '320000' }]);
  const importId = await queueImport({ ...deps, actor: systemActor('matrix') }, file, 1, {
    planId, mode: 'all_or_nothing', dryRun: true, fileName: 'matrix.xlsx', sha256: '0'.repeat(64), sizeBytes: file.length,
  });

  return {
    'GET /api/v1/excel/tasks-template': { path: () => `/api/v1/excel/tasks-template?planId=${planId}`, expect: only(['office']) },
    'POST /api/v1/excel/tasks-import': { path: () => `/api/v1/excel/tasks-import?planId=${planId}&dryRun=true`, payload: () => file, expect: only(['office']) },
    'GET /api/v1/excel/imports/:id': { path: () => `/api/v1/excel/imports/${importId}`, expect: only(['office']) },
    'GET /api/v1/excel/tasks-export': { path: () => `/api/v1/excel/tasks-export?planId=${planId}`, expect: only(WORK_READERS) },
  };
}
