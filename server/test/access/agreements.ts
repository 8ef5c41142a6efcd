import { systemActor } from '../../src/shared/principal.ts';
import { createAgreement } from '../../src/modules/agreements/agreements.usecases.ts';
import { only, OTHER_MEMBER, OWN_MEMBER, WORK_READERS, type Cases, type MatrixFixtures } from './matrix.ts';

/** Agreements: the Office keeps them, every work role reads them. */
export async function agreementsCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const deps = { ...ctx.deps, actor: systemActor('matrix') };
  const id = await createAgreement(deps, { titleZh: '协议', parties: [{ memberCode: OWN_MEMBER }, { memberCode: OTHER_MEMBER }] });
  const parties = [{ memberCode: OWN_MEMBER }, { memberCode: OTHER_MEMBER }];
  return {
    'GET /api/v1/agreements': { path: () => '/api/v1/agreements', expect: only(WORK_READERS) },
    'GET /api/v1/agreements/export.xlsx': { path: () => '/api/v1/agreements/export.xlsx', expect: only(WORK_READERS) },
    'POST /api/v1/agreements': { path: () => '/api/v1/agreements', payload: () => ({ titleZh: '新协议', parties }), expect: only(['office'], 201) },
    'GET /api/v1/agreements/:id': { path: () => `/api/v1/agreements/${id}`, expect: only(WORK_READERS) },
    'POST /api/v1/agreements/:id/transitions': {
      // A backwards step: the Office reaches the rule (409), the others are refused first.
      path: () => `/api/v1/agreements/${id}/transitions`,
      payload: () => ({ to: 'expired', version: 1 }),
      expect: only(['office'], 409),
    },
  };
}
