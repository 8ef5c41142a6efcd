import { systemActor } from '../../src/shared/principal.ts';
import { createMeeting, draftMinutes } from '../../src/modules/meetings/meetings.usecases.ts';
import { only, OTHER_MEMBER, OWN_MEMBER, WORK_READERS, type Cases, type MatrixFixtures } from './matrix.ts';

/** Meetings, minutes and the host rotation. */
export async function meetingsCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const deps = { ...ctx.deps, actor: systemActor('matrix') };
  const meeting = (titleZh: string) =>
    createMeeting(deps, {
      type: 'joint_meeting', tier: 'coordination', startsAt: '2026-05-01T01:00:00Z', endsAt: '2026-05-01T09:00:00Z', titleZh,
      participants: [{ nameZh: '甲', memberCode: OWN_MEMBER, role: 'attendee' }, { nameZh: '乙', memberCode: OTHER_MEMBER, role: 'attendee' }],
    });
  const readId = await meeting('联席会议（读）');
  const draftId = await meeting('联席会议（起草）');
  const verdictId = await meeting('联席会议（确认）');
  await draftMinutes(deps, verdictId, { bodyZh: '纪要草稿' });
  const finaliseId = await meeting('联席会议（定稿）');
  return {
    'GET /api/v1/meetings': { path: () => '/api/v1/meetings', expect: only(WORK_READERS) },
    'GET /api/v1/meetings/export.xlsx': { path: () => '/api/v1/meetings/export.xlsx?order=desc', expect: only(WORK_READERS) },
    'POST /api/v1/meetings': {
      path: () => '/api/v1/meetings',
      payload: () => ({ type: 'forum', tier: 'execution', startsAt: '2026-06-01T01:00:00Z', endsAt: '2026-06-01T03:00:00Z', titleZh: '论坛' }),
      expect: only(['office'], 201),
    },
    'GET /api/v1/meetings/:id': { path: () => `/api/v1/meetings/${readId}`, expect: only(WORK_READERS) },
    'PATCH /api/v1/meetings/:id': {
      // A fresh meeting per caller, so the version named is always the current one.
      path: async (who) => `/api/v1/meetings/${await meeting(`联席会议（修改 ${who}）`)}`,
      payload: () => ({ version: 1, venueZh: '南京' }),
      expect: only(['office']),
    },
    'POST /api/v1/meetings/:id/minutes': { path: () => `/api/v1/meetings/${draftId}/minutes`, payload: () => ({ bodyZh: '纪要' }), expect: only(['office']) },
    'POST /api/v1/meetings/:id/minutes/verdicts': {
      path: () => `/api/v1/meetings/${verdictId}/minutes/verdicts`,
      payload: () => ({ memberCode: OWN_MEMBER, verdict: 'approve' }),
      expect: only(['liaison']),
    },
    'POST /api/v1/meetings/:id/minutes/verdicts #other': {
      // A liaison approves only for its own member.
      path: () => `/api/v1/meetings/${verdictId}/minutes/verdicts`,
      payload: () => ({ memberCode: OTHER_MEMBER, verdict: 'approve' }),
      expect: only([]),
    },
    'POST /api/v1/meetings/:id/minutes/finalise': {
      // No minutes yet: the Office reaches the rule (409), the others are refused first.
      path: () => `/api/v1/meetings/${finaliseId}/minutes/finalise`,
      expect: only(['office'], 409),
    },
    'GET /api/v1/host-rotation/next': { path: () => '/api/v1/host-rotation/next', expect: only(WORK_READERS) },
  };
}
