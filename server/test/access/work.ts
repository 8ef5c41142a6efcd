import { makePlan, makeTask, shareOf } from '../work-fixtures.ts';
import { only, OTHER_MEMBER, OWN_MEMBER, WORK_READERS, type Cases, type MatrixFixtures, type Who } from './matrix.ts';

/** Plans, focus areas, tasks, shares, milestones and saved views. */
export async function workCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const deps = ctx.deps;
  const planId = await makePlan(deps);
  const taskId = await makeTask(deps, planId, { leadMemberCode: OWN_MEMBER, participantMemberCodes: [OTHER_MEMBER], milestones: [{ titleZh: '里程碑', dueDate: '2025-06-30' }] });
  const ownShare = await shareOf(deps, taskId, OWN_MEMBER);
  const otherShare = await shareOf(deps, taskId, OTHER_MEMBER);
  const milestoneId = (await deps.db.selectFrom('task_milestones').select('id').where('task_id', '=', taskId).executeTakeFirstOrThrow()).id;
  const area = (await deps.db.selectFrom('focus_areas').select(['id', 'version']).where('code', '=', '7').executeTakeFirstOrThrow()).id;
  let n = 0;
  const version = async (table: 'plans' | 'tasks' | 'task_shares' | 'focus_areas', id: string) =>
    (await deps.db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
  const removableShare = async () => {
    const existing = await deps.db.selectFrom('task_shares').select('id').where('task_id', '=', taskId).where('member_code', '=', '340000').executeTakeFirst();
    if (existing) return existing.id;
    return (await deps.db.insertInto('task_shares').values({ task_id: taskId, member_code: '340000', role: 'participant' }).returning('id').executeTakeFirstOrThrow()).id;
  };
  const ownWriters: Who[] = ['office', 'liaison', 'editor'];

  return {
    'GET /api/v1/plans': { path: () => '/api/v1/plans', expect: only(WORK_READERS) },
    'POST /api/v1/plans': {
      path: () => '/api/v1/plans',
      payload: (who) => ({ kind: 'annual', code: `M-${who}-${++n}`, titleZh: '年度计划', titleEn: 'Annual', periodStart: '2025-01-01', periodEnd: '2025-12-31' }),
      expect: only(['office'], 201),
    },
    'GET /api/v1/plans/:id': { path: () => `/api/v1/plans/${planId}`, expect: only(WORK_READERS) },
    'PATCH /api/v1/plans/:id': { path: () => `/api/v1/plans/${planId}`, payload: async () => ({ version: await version('plans', planId), titleEn: 'Renamed' }), expect: only(['office']) },
    'POST /api/v1/plans/:id/transitions': {
      // An illegal step for the office (409) still proves the route is reachable; others are refused first.
      path: () => `/api/v1/plans/${planId}/transitions`,
      payload: async () => ({ to: 'closed', version: await version('plans', planId) }),
      expect: only(['office'], 409),
    },
    'POST /api/v1/plans/:id/annual-plans': {
      path: () => `/api/v1/plans/${planId}/annual-plans`,
      payload: (who) => ({ year: 2025, code: `AWP-${who}-${++n}`, titleZh: '2025年度工作计划', titleEn: 'Annual work plan 2025', taskIds: [taskId] }),
      expect: only(['office'], 201),
    },
    'GET /api/v1/plans/:id/baseline': { path: () => `/api/v1/plans/${planId}/baseline`, expect: only(WORK_READERS) },
    'GET /api/v1/focus-areas': { path: () => '/api/v1/focus-areas', expect: only(WORK_READERS) },
    'POST /api/v1/focus-areas': {
      path: () => '/api/v1/focus-areas',
      payload: () => ({ code: `7.${++n}`, nameZh: '子领域', nameEn: 'Sub-area' }),
      expect: only(['office'], 201),
    },
    'PATCH /api/v1/focus-areas/:id': { path: () => `/api/v1/focus-areas/${area}`, payload: async () => ({ version: await version('focus_areas', area), sortOrder: 7 }), expect: only(['office']) },

    'GET /api/v1/tasks': { path: () => `/api/v1/tasks?planId=${planId}`, expect: only(WORK_READERS) },
    'POST /api/v1/tasks': {
      path: () => '/api/v1/tasks',
      payload: (who) => ({ planId, code: `8.${who.length}.${++n}`, titleZh: '新任务', leadMemberCode: OWN_MEMBER }),
      expect: only(['office'], 201),
    },
    'GET /api/v1/tasks/:id': { path: () => `/api/v1/tasks/${taskId}`, expect: only(WORK_READERS) },
    'PATCH /api/v1/tasks/:id': { path: () => `/api/v1/tasks/${taskId}`, payload: async () => ({ version: await version('tasks', taskId), priority: 'high' }), expect: only(['office']) },
    'GET /api/v1/tasks/:id/history': { path: () => `/api/v1/tasks/${taskId}/history`, expect: only(WORK_READERS) },
    'POST /api/v1/tasks/:id/shares': {
      // 409 for the office after the first run (already a participant) would be flaky: use a fresh member each time via delete below.
      path: () => `/api/v1/tasks/${taskId}/shares`,
      payload: () => ({ memberCode: '310000' }),
      expect: { ...only(['office']), office: 200 },
    },
    'DELETE /api/v1/tasks/:id/shares/:shareId': { path: async () => `/api/v1/tasks/${taskId}/shares/${await removableShare()}`, expect: only(['office']) },
    'PATCH /api/v1/shares/:id #own member': {
      path: () => `/api/v1/shares/${ownShare.id}`,
      payload: async () => ({ version: await version('task_shares', ownShare.id), percent: 30, status: 'on_track' }),
      expect: only(ownWriters),
    },
    'PATCH /api/v1/shares/:id #other member': {
      path: () => `/api/v1/shares/${otherShare.id}`,
      payload: async () => ({ version: await version('task_shares', otherShare.id), percent: 10, status: 'on_track' }),
      expect: only(['office']),
    },
    'POST /api/v1/tasks/:id/milestones': { path: () => `/api/v1/tasks/${taskId}/milestones`, payload: () => ({ titleZh: '新里程碑', dueDate: '2025-09-30' }), expect: only(['office']) },
    // The lead member (OWN_MEMBER) may mark milestones done.
    'PATCH /api/v1/milestones/:id': { path: () => `/api/v1/milestones/${milestoneId}`, payload: () => ({ completed: true }), expect: only(ownWriters) },
    'GET /api/v1/saved-views': { path: () => '/api/v1/saved-views', expect: only(WORK_READERS) },
    'POST /api/v1/saved-views': { path: () => '/api/v1/saved-views', payload: (who) => ({ scope: 'tasks', name: `${who} ${++n}`, filters: { status: ['delayed'] } }), expect: only(WORK_READERS, 201) },
    'DELETE /api/v1/saved-views/:id': {
      path: async (who) => {
        const user = await deps.db.selectFrom('users').select('id').where('username', '=', `m.${who}`).executeTakeFirst();
        const view = user
          ? await deps.db.insertInto('saved_views').values({ user_id: user.id, scope: 'tasks', name: `del ${++n}`, filters: '{}' }).returning('id').executeTakeFirstOrThrow()
          : { id: '00000000-0000-4000-8000-000000000000' };
        return `/api/v1/saved-views/${view.id}`;
      },
      expect: only(WORK_READERS),
    },
  };
}
