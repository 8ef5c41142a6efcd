import { systemActor } from '../../src/shared/principal.ts';
import { raiseMatter } from '../../src/modules/matters/matters.usecases.ts';
import { only, OTHER_MEMBER, OWN_MEMBER, WORK_READERS, type Cases, type MatrixFixtures } from './matrix.ts';

/** Major matters: own member vs other member for raising and escalating. */
export async function mattersCases({ ctx, userIds }: MatrixFixtures): Promise<Cases> {
  const principal = { kind: 'user' as const, userId: userIds.office, username: 'm.office', displayName: 'office', locale: 'zh-CN' as const, roles: [{ id: 'x', role: 'office' as const, memberCode: null, bodyCode: null }], mustChangePassword: false, isDemo: false, sessionTokenHash: Buffer.alloc(0), csrfToken: '' };
  const deps = { ...ctx.deps, actor: systemActor('matrix'), principal };
  const raise = (member: string) => raiseMatter(deps, { titleZh: '事项', raisedByMemberCode: member, affectedMemberCodes: [] });
  const ownId = await raise(OWN_MEMBER);
  const otherId = await raise(OTHER_MEMBER);
  const readId = await raise(OTHER_MEMBER);
  return {
    'GET /api/v1/matters': { path: () => '/api/v1/matters', expect: only(WORK_READERS) },
    'GET /api/v1/matters/export.xlsx': { path: () => '/api/v1/matters/export.xlsx?status=open', expect: only(WORK_READERS) },
    'GET /api/v1/matters/board': { path: () => '/api/v1/matters/board', expect: only(WORK_READERS) },
    'GET /api/v1/matters/:id': { path: () => `/api/v1/matters/${readId}`, expect: only(WORK_READERS) },
    'POST /api/v1/matters': {
      path: () => '/api/v1/matters',
      payload: () => ({ titleZh: '新事项', raisedByMemberCode: OWN_MEMBER, affectedMemberCodes: [OTHER_MEMBER] }),
      expect: only(['office', 'liaison', 'editor'], 201),
    },
    'POST /api/v1/matters #other': {
      path: () => '/api/v1/matters',
      payload: () => ({ titleZh: '新事项', raisedByMemberCode: OTHER_MEMBER, affectedMemberCodes: [] }),
      expect: only(['office'], 201),
    },
    'POST /api/v1/matters/:id/tier': {
      // Up then down would need state; the Office de-escalates at the bottom tier (409), the own liaison escalates (200 until the top, then 409).
      path: () => `/api/v1/matters/${ownId}/tier`,
      payload: (who) => ({ direction: who === 'office' ? 'down' : 'up', reason: '理由' }),
      expect: { ...only(['office', 'liaison']), office: 409 },
    },
    'POST /api/v1/matters/:id/tier #other': {
      path: () => `/api/v1/matters/${otherId}/tier`,
      payload: () => ({ direction: 'up', reason: '理由' }),
      expect: { ...only(['office']), liaison: 403 },
    },
    'POST /api/v1/matters/:id/withdraw': {
      // A fresh matter of the own member per caller: its liaison and the Office withdraw it.
      path: async () => `/api/v1/matters/${await raise(OWN_MEMBER)}/withdraw`,
      payload: () => ({ reason: '已解决' }),
      expect: only(['office', 'liaison']),
    },
    'POST /api/v1/matters/:id/withdraw #other': {
      path: async () => `/api/v1/matters/${await raise(OTHER_MEMBER)}/withdraw`,
      payload: () => ({ reason: '已解决' }),
      expect: only(['office']),
    },
    'POST /api/v1/matters/:id/coordination': { path: () => `/api/v1/matters/${readId}/coordination`, payload: () => ({ note: '已协调' }), expect: only(['office']) },
  };
}
