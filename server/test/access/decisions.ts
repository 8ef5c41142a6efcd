import { systemActor } from '../../src/shared/principal.ts';
import { createMeeting } from '../../src/modules/meetings/meetings.usecases.ts';
import { recordDecision } from '../../src/modules/decisions/decisions.usecases.ts';
import { only, WORK_READERS, type Cases, type MatrixFixtures } from './matrix.ts';

/** Decisions of meetings. */
export async function decisionsCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const deps = { ...ctx.deps, actor: systemActor('matrix') };
  const meetingId = await createMeeting(deps, { type: 'annual_symposium', tier: 'decision', startsAt: '2026-06-05T01:00:00Z', endsAt: '2026-06-05T09:00:00Z', titleZh: '主要领导座谈会' });
  const decisionId = await recordDecision(deps, meetingId, { titleZh: '决定', effects: [] });
  return {
    'POST /api/v1/meetings/:id/decisions': {
      path: () => `/api/v1/meetings/${meetingId}/decisions`,
      payload: () => ({ titleZh: '会议决定', effects: [] }),
      expect: only(['office'], 201),
    },
    'GET /api/v1/decisions/:id': { path: () => `/api/v1/decisions/${decisionId}`, expect: only(WORK_READERS) },
    'GET /api/v1/decisions': { path: () => '/api/v1/decisions?year=2026&implemented=false', expect: only(WORK_READERS) },
    'GET /api/v1/decisions/export.xlsx': { path: () => '/api/v1/decisions/export.xlsx?year=2026&implemented=false', expect: only(WORK_READERS) },
  };
}
