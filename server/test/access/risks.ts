import { systemActor } from '../../src/shared/principal.ts';
import { createIndicator } from '../../src/modules/indicators/indicators.usecases.ts';
import { addTrigger, createRisk } from '../../src/modules/risks/risks.usecases.ts';
import { only, OTHER_MEMBER, OWN_MEMBER, WORK_READERS, type Cases, type MatrixFixtures, type Who } from './matrix.ts';

/**
 * Risks: every work role reads the register; the Office keeps every risk, the
 * liaisons and editors of a risk's owner members keep that risk (own/other cases).
 */
export async function risksCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const actor = systemActor('matrix');
  const deps = { ...ctx.deps, actor, principal: 'system' as const };
  await createIndicator(deps, { code: 'RISK_MATRIX', nameZh: '矩阵指标', direction: 'higher', valueKind: 'decimal', level: 'member', frequency: 'monthly' });
  let n = 0;
  const risk = async (owner: string) => createRisk(deps, { code: `RISK-M-${++n}`, titleZh: '矩阵风险', area: 'energy', likelihood: 2, impact: 3, ownerMemberCodes: [owner] });
  const trigger = async (riskId: string) => addTrigger(deps, riskId, { indicatorCode: 'RISK_MATRIX', comparison: '>', threshold: 5, periods: 1 });
  const ownRisk = await risk(OWN_MEMBER);
  const newCode = (who: Who, tag: string) => `RISK-NEW-${tag}-${who.toUpperCase()}`;
  const triggerBody = { indicatorCode: 'RISK_MATRIX', scopeCode: OWN_MEMBER, comparison: '<', threshold: 1, periods: 2 };
  const writers: Who[] = ['office', 'liaison', 'editor'];
  return {
    'GET /api/v1/risks': { path: () => '/api/v1/risks', expect: only(WORK_READERS) },
    'GET /api/v1/risks/heatmap': { path: () => '/api/v1/risks/heatmap', expect: only(WORK_READERS) },
    'GET /api/v1/risks/export.xlsx': { path: () => '/api/v1/risks/export.xlsx', expect: only(WORK_READERS) },
    'GET /api/v1/risks/:id': { path: () => `/api/v1/risks/${ownRisk}`, expect: only(WORK_READERS) },
    'POST /api/v1/risks #own': {
      path: () => '/api/v1/risks',
      payload: (who) => ({ code: newCode(who, 'OWN'), titleZh: '新风险', area: 'food', likelihood: 1, impact: 1, ownerMemberCodes: [OWN_MEMBER] }),
      expect: only(writers, 201),
    },
    'POST /api/v1/risks #other': {
      path: () => '/api/v1/risks',
      payload: (who) => ({ code: newCode(who, 'OTHER'), titleZh: '新风险', area: 'food', likelihood: 1, impact: 1, ownerMemberCodes: [OTHER_MEMBER] }),
      expect: only(['office'], 201),
    },
    'PATCH /api/v1/risks/:id #own': { path: async () => `/api/v1/risks/${await risk(OWN_MEMBER)}`, payload: () => ({ titleEn: 'Changed', version: 1 }), expect: only(writers) },
    'PATCH /api/v1/risks/:id #other': { path: async () => `/api/v1/risks/${await risk(OTHER_MEMBER)}`, payload: () => ({ titleEn: 'Changed', version: 1 }), expect: only(['office']) },
    'POST /api/v1/risks/:id/triggers #own': { path: async () => `/api/v1/risks/${await risk(OWN_MEMBER)}/triggers`, payload: () => triggerBody, expect: only(writers, 201) },
    'POST /api/v1/risks/:id/triggers #other': { path: async () => `/api/v1/risks/${await risk(OTHER_MEMBER)}/triggers`, payload: () => triggerBody, expect: only(['office'], 201) },
    'DELETE /api/v1/risks/:id/triggers/:triggerId #own': {
      path: async () => { const id = await risk(OWN_MEMBER); return `/api/v1/risks/${id}/triggers/${await trigger(id)}`; },
      expect: only(writers),
    },
    'DELETE /api/v1/risks/:id/triggers/:triggerId #other': {
      path: async () => { const id = await risk(OTHER_MEMBER); return `/api/v1/risks/${id}/triggers/${await trigger(id)}`; },
      expect: only(['office']),
    },
  };
}
