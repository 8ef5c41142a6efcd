import { systemActor } from '../../src/shared/principal.ts';
import { recordAuditEvent } from '../../src/modules/audit/audit.usecases.ts';
import { createMeeting, draftMinutes } from '../../src/modules/meetings/meetings.usecases.ts';
import { makePlan, makeTask, shareOf } from '../work-fixtures.ts';
import { OTHER_MEMBER, OWN_MEMBER, signedIn, type Cases, type MatrixFixtures, type Who } from './matrix.ts';

interface Queue {
  items: { kind: string; memberCode: string | null; key: string }[];
  counts: Record<string, number>;
}

/**
 * The to-do queue and the done list: every signed-in user has their own.
 * Fixtures give both members a returned report, an open flag (until a
 * supervision scan of another case resolves it) and minutes to approve, and
 * give another account done work: a member user's queue must hold
 * its own member's items only, and nobody's done list another user's actions.
 */
export async function todoCases({ ctx, targetUserId }: MatrixFixtures): Promise<Cases> {
  const deps = ctx.deps;
  const actor = systemActor('matrix');
  const planId = await makePlan(deps, { reportingCadence: 'quarterly', periodStart: '2024-01-01', periodEnd: '2026-12-31' });
  const taskId = await makeTask(deps, planId, { leadMemberCode: OWN_MEMBER, participantMemberCodes: [OTHER_MEMBER] });
  for (const member of [OWN_MEMBER, OTHER_MEMBER]) {
    const share = await shareOf(deps, taskId, member);
    await deps.db
      .insertInto('progress_reports')
      .values({ share_id: share.id, task_id: taskId, member_code: member, period: '2025-Q4', body: '矩阵', percent: 10, status: 'on_track', review_state: 'returned', submitted_at: deps.clock.now(), reviewed_at: deps.clock.now() })
      .execute();
    await deps.db
      .insertInto('supervision_flags')
      .values({ kind: 'stalled', severity: 'yellow', subject_key: `matrix-todo:${member}`, task_id: taskId, share_id: share.id, member_code: member, raised_at: deps.clock.now(), escalation_level: 2 })
      .execute();
  }
  const meetingId = await createMeeting({ ...deps, actor }, {
    type: 'joint_meeting', tier: 'coordination', startsAt: '2026-05-01T01:00:00Z', endsAt: '2026-05-01T09:00:00Z', titleZh: '联席会议（待办）',
    participants: [{ nameZh: '甲', memberCode: OWN_MEMBER, role: 'attendee' }, { nameZh: '乙', memberCode: OTHER_MEMBER, role: 'attendee' }],
  });
  await draftMinutes({ ...deps, actor }, meetingId, { bodyZh: '纪要草稿' });
  // Someone else's done work, which must appear in nobody else's list.
  const foreignEvent = `matrix-done-${Date.now()}`;
  await recordAuditEvent({ ...deps, actor: { userId: targetUserId, username: 'm.target', memberCode: null, ip: null } }, {
    action: 'matter.raise', objectType: 'major_matter', objectId: foreignEvent, summary: {},
  });

  const memberUsers: Who[] = ['liaison', 'editor'];
  return {
    'GET /api/v1/todo': {
      path: () => '/api/v1/todo?limit=200',
      expect: signedIn(),
      check: (who, body) => {
        const queue = body as Queue;
        const total = Object.values(queue.counts).reduce((a, b) => a + b, 0);
        if (total !== queue.items.length) throw new Error(`counts ${total} ≠ items ${queue.items.length}`);
        if (memberUsers.includes(who)) {
          const memberScoped = queue.items.filter((i) => ['report_due', 'report_returned', 'flag', 'minutes_approve'].includes(i.kind));
          if (memberScoped.some((i) => i.memberCode !== OWN_MEMBER)) throw new Error("the queue holds another member's item");
          if (!queue.items.some((i) => i.kind === 'report_returned')) throw new Error('own returned report missing');
        }
        if ((who === 'admin' || who === 'observer') && queue.items.length > 0) throw new Error('a role without work has a queue');
      },
    },
    'GET /api/v1/todo #one kind': {
      path: () => '/api/v1/todo?kind=report_returned&limit=200',
      expect: signedIn(),
      check: (who, body) => {
        const queue = body as Queue;
        if (queue.items.some((i) => i.kind !== 'report_returned')) throw new Error('another kind in a one-kind page');
        if (queue.items.some((i) => i.memberCode !== OWN_MEMBER)) throw new Error("another member's returned report");
        if (memberUsers.includes(who) !== (queue.items.length > 0)) throw new Error('returned reports shown to the wrong roles');
      },
    },
    'GET /api/v1/todo/done': {
      path: () => '/api/v1/todo/done?limit=200',
      expect: signedIn(),
      check: (_who, body) => {
        if ((body as { items: { objectId: string | null }[] }).items.some((i) => i.objectId === foreignEvent)) throw new Error("another user's action in the done list");
      },
    },
  };
}
