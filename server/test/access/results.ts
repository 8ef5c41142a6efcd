import { systemActor } from '../../src/shared/principal.ts';
import { saveEdition } from '../../src/modules/results/results.usecases.ts';
import { only, WORK_READERS, type Cases, type MatrixFixtures } from './matrix.ts';

/**
 * The results reports: every work role reads them (as the dashboard) and may have them made as
 * PDF or Word; only the Office writes the narratives and publishes.
 */
export async function resultsCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const deps = { ...ctx.deps, actor: systemActor('matrix') };
  // An edition to publish (version 1), for the Office's call.
  await saveEdition(deps, { kind: 'annual', year: 2025, forewordZh: '前言', forewordEn: 'Foreword', outlookZh: '', outlookEn: '', version: 0 });
  const narratives = { forewordZh: '前言（矩阵）', forewordEn: '', outlookZh: '', outlookEn: '' };
  return {
    'GET /api/v1/results-reports': { path: () => '/api/v1/results-reports?kind=annual&year=2025', expect: only(WORK_READERS) },
    'GET /api/v1/results-reports #member': { path: () => '/api/v1/results-reports?kind=member&year=2025&memberCode=330000&lang=en', expect: only(WORK_READERS) },
    'GET /api/v1/results-reports/edition': { path: () => '/api/v1/results-reports/edition?kind=quarterly&year=2025&quarter=2', expect: only(WORK_READERS) },
    'PUT /api/v1/results-reports/edition': {
      path: () => '/api/v1/results-reports/edition',
      payload: () => ({ kind: 'quarterly', year: 2024, quarter: 3, ...narratives, version: 0 }), expect: only(['office']),
    },
    'POST /api/v1/results-reports/edition/publish': {
      path: () => '/api/v1/results-reports/edition/publish', payload: () => ({ kind: 'annual', year: 2025, version: 1 }), expect: only(['office']),
    },
    'POST /api/v1/print-jobs #results-annual docx': {
      path: () => '/api/v1/print-jobs', payload: () => ({ kind: 'results-annual', params: { year: '2025' }, format: 'docx' }), expect: only(WORK_READERS, 202),
    },
  };
}
