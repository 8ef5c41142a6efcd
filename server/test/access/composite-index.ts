import { systemActor } from '../../src/shared/principal.ts';
import { createVersion, publishVersion } from '../../src/modules/composite-index/composite-index.usecases.ts';
import type { IndexSpec } from '../../src/modules/composite-index/composite-index.models.ts';
import { makeIndicator } from '../composite-index-fixtures.ts';
import { only, WORK_READERS, type Cases, type MatrixFixtures } from './matrix.ts';

/** The integration index: every work role reads it; the Office writes methods and starts recomputations. */
export async function compositeIndexCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const deps = { ...ctx.deps, actor: systemActor('matrix') };
  await makeIndicator(ctx.database.appDb, 'MATRIX_IX');
  const spec: IndexSpec = {
    baseYear: 2024, normalisation: 'minmax_base_year', missing: 'reweight',
    dimensions: [{ code: 'D', nameZh: '维度', nameEn: 'Dimension', weight: 1, indicators: [{ code: 'MATRIX_IX', weight: 1 }] }],
  };
  await createVersion(deps, 'MATRIX_INDEX', { nameZh: '矩阵指数', descriptionZh: '说明', spec });
  await publishVersion(deps, 'MATRIX_INDEX', 1);
  const base = '/api/v1/index-methods/MATRIX_INDEX';
  return {
    'GET /api/v1/index-methods': { path: () => '/api/v1/index-methods', expect: only(WORK_READERS) },
    'GET /api/v1/index-methods/:code': { path: () => base, expect: only(WORK_READERS) },
    'POST /api/v1/index-methods/:code/versions': { path: () => `${base}/versions`, payload: () => ({ descriptionZh: '新版本', spec }), expect: only(['office'], 201) },
    // Version 1 is published: the Office reaches the rule (409), the others are refused first.
    'POST /api/v1/index-methods/:code/versions/:version/publish': { path: () => `${base}/versions/1/publish`, expect: only(['office'], 409) },
    'GET /api/v1/index-methods/:code/values': { path: () => `${base}/values`, expect: only(WORK_READERS) },
    'GET /api/v1/index-methods/:code/runs': { path: () => `${base}/runs`, expect: only(WORK_READERS) },
    'POST /api/v1/index-methods/:code/recompute': { path: () => `${base}/recompute`, expect: only(['office'], 202) },
  };
}
