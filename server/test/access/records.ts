import { systemActor } from '../../src/shared/principal.ts';
import { changeTier, raiseMatter } from '../../src/modules/matters/matters.usecases.ts';
import { makePlan, makeTask, shareOf } from '../work-fixtures.ts';
import { only, OTHER_MEMBER, OWN_MEMBER, signedIn, WORK_READERS, type Cases, type MatrixFixtures, type Who } from './matrix.ts';

const MEMBER_USERS: Who[] = ['liaison', 'editor'];
const YEAR = 365 * 24 * 3600 * 1000;
type Items<T> = { items: T[] };

/**
 * Record-level rules the role columns alone do not prove: the same route on a
 * record of the caller's member and on one of another member, and lists a
 * member user reads holding nothing private to another member or user.
 * scripts/mutation-check.mjs disables each rule in turn and expects a case here
 * (or in the module's own tests) to fail.
 */
export async function recordsCases({ ctx, userIds, targetUserId }: MatrixFixtures): Promise<Cases> {
  const deps = ctx.deps;
  const db = deps.db;
  const now = () => deps.clock.now();
  let n = 0;

  // Milestones: the lead member marks them done; a task led by another member is not the caller's.
  const planId = await makePlan(deps, { reportingCadence: 'quarterly', periodStart: '2024-01-01', periodEnd: '2026-12-31' });
  const otherLedTask = await makeTask(deps, planId, { leadMemberCode: OTHER_MEMBER, participantMemberCodes: [OWN_MEMBER], milestones: [{ titleZh: '他方里程碑', dueDate: '2025-06-30' }] });
  const otherMilestone = (await db.selectFrom('task_milestones').select('id').where('task_id', '=', otherLedTask).executeTakeFirstOrThrow()).id;

  // My work: both members have a returned report, a submitted one and (fresh per caller, since the Office's scan resolves them) an open red flag.
  const reportTask = await makeTask(deps, planId, { leadMemberCode: OWN_MEMBER, participantMemberCodes: [OTHER_MEMBER] });
  const shares = { own: await shareOf(deps, reportTask, OWN_MEMBER), other: await shareOf(deps, reportTask, OTHER_MEMBER) };
  const raiseFlags = async () => {
    for (const share of [shares.own, shares.other]) {
      await db.insertInto('supervision_flags')
        .values({ kind: 'stalled', severity: 'red', subject_key: `matrix-records:${share.member_code}:${++n}`, task_id: reportTask, share_id: share.id, member_code: share.member_code, raised_at: now(), escalation_level: 1 })
        .execute();
    }
  };
  for (const member of [OWN_MEMBER, OTHER_MEMBER]) {
    const share = await shareOf(deps, reportTask, member);
    await db.insertInto('progress_reports')
      .values({ share_id: share.id, task_id: reportTask, member_code: member, period: '2024-Q3', body: '记录矩阵', percent: 10, status: 'on_track', review_state: 'returned', submitted_at: now(), reviewed_at: now() })
      .execute();
    await db.insertInto('progress_reports')
      .values({ share_id: share.id, task_id: reportTask, member_code: member, period: '2024-Q4', body: '记录矩阵', percent: 10, status: 'on_track', review_state: 'submitted', submitted_at: now() })
      .execute();
  }

  // Matters: a liaison escalates its member's matters but never de-escalates one.
  const office = { kind: 'user' as const, userId: userIds.office, username: 'm.office', displayName: 'office', locale: 'zh-CN' as const, roles: [{ id: 'x', role: 'office' as const, memberCode: null, bodyCode: null }], mustChangePassword: false, isDemo: false, sessionTokenHash: Buffer.alloc(0), csrfToken: '' };
  const officeDeps = { ...deps, actor: systemActor('matrix'), principal: office };
  const escalatedOwnMatter = async () => {
    const id = await raiseMatter(officeDeps, { titleZh: '待降级事项', raisedByMemberCode: OWN_MEMBER, affectedMemberCodes: [] });
    await changeTier(officeDeps, id, { direction: 'up', reason: '矩阵' });
    return id;
  };
  await raiseMatter(officeDeps, { titleZh: '本方事项', raisedByMemberCode: OWN_MEMBER, affectedMemberCodes: [] });
  await raiseMatter(officeDeps, { titleZh: '他方事项', raisedByMemberCode: OTHER_MEMBER, affectedMemberCodes: [] });

  // Per-user records: another account's notification and saved view, made fresh for each caller.
  // Dated after everything else (the clock stands still), so they head the first page: the caller's own, and
  // another account's just above it, where an unfiltered list would show it.
  const notificationFor = async (userId: string, aheadMs: number) =>
    (await db.insertInto('notifications')
      .values({ user_id: userId, kind: 'matrix', dedup_key: `matrix-records:${++n}`, title_zh: '记录', title_en: 'Record', created_at: new Date(now().getTime() + aheadMs) })
      .returning('id').executeTakeFirstOrThrow()).id;
  const viewFor = async (userId: string) =>
    (await db.insertInto('saved_views').values({ user_id: userId, scope: 'tasks', name: `records ${++n}`, filters: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
  const foreign = { notification: '', unread: '', view: '' };
  const own: Partial<Record<Who, { notification?: string; view?: string }>> = {};

  return {
    'PATCH /api/v1/milestones/:id #other member': {
      path: () => `/api/v1/milestones/${otherMilestone}`,
      payload: () => ({ completed: true }),
      expect: only(['office']),
    },
    'POST /api/v1/matters/:id/tier #down by a member': {
      // Only the Office de-escalates, even the own member's matter.
      path: async () => `/api/v1/matters/${await escalatedOwnMatter()}/tier`,
      payload: () => ({ direction: 'down', reason: '理由' }),
      expect: only(['office']),
    },
    'GET /api/v1/matters #every member': {
      path: () => '/api/v1/matters?limit=500',
      expect: only(WORK_READERS),
      // Matters are read by every work role: the list is not narrowed to the caller's member.
      check: (_who, body) => {
        const raisers = new Set((body as Items<{ raisedByMemberCode: string | null }>).items.map((m) => m.raisedByMemberCode));
        if (!raisers.has(OWN_MEMBER) || !raisers.has(OTHER_MEMBER)) throw new Error('matter list filtered by member');
      },
    },

    'GET /api/v1/inbox #no one else\'s': {
      path: async (who) => {
        foreign.notification = await notificationFor(targetUserId, 2 * YEAR + ++n * 1000);
        if (who !== 'anonymous') own[who] = { ...own[who]!, notification: await notificationFor(userIds[who], YEAR + ++n * 1000) };
        return '/api/v1/inbox?limit=200';
      },
      expect: signedIn(),
      check: (who, body) => {
        const ids = (body as Items<{ id: string }>).items.map((i) => i.id);
        if (ids.includes(foreign.notification)) throw new Error("the inbox lists another user's notification");
        if (!ids.includes(own[who]?.notification ?? '')) throw new Error('the inbox misses the caller\'s own notification');
      },
    },
    'POST /api/v1/inbox/read-all #leaves others unread': {
      path: async () => {
        foreign.unread = await notificationFor(targetUserId, 0);
        return '/api/v1/inbox/read-all';
      },
      expect: signedIn(),
      check: async () => {
        const row = await db.selectFrom('notifications').select('read_at').where('id', '=', foreign.unread).executeTakeFirstOrThrow();
        if (row.read_at !== null) throw new Error("read-all marked another user's notification read");
      },
    },

    'GET /api/v1/saved-views #no one else\'s': {
      path: async (who) => {
        foreign.view = await viewFor(targetUserId);
        if (who !== 'anonymous') own[who] = { ...own[who]!, view: await viewFor(userIds[who]) };
        return '/api/v1/saved-views';
      },
      expect: only(WORK_READERS),
      check: (who, body) => {
        const ids = (body as Items<{ id: string }>).items.map((v) => v.id);
        if (ids.includes(foreign.view)) throw new Error("saved views list another user's view");
        if (!ids.includes(own[who]?.view ?? '')) throw new Error('saved views miss the caller\'s own view');
      },
    },
    "DELETE /api/v1/saved-views/:id #someone else's": {
      path: async () => `/api/v1/saved-views/${await viewFor(targetUserId)}`,
      expect: only(WORK_READERS, 404),
    },

    'GET /api/v1/my-work/returned-reports #own member only': {
      path: () => '/api/v1/my-work/returned-reports?limit=200',
      expect: only(WORK_READERS),
      check: (who, body) => {
        const members = (body as Items<{ memberCode: string }>).items.map((r) => r.memberCode);
        if (members.some((m) => m !== OWN_MEMBER)) throw new Error("My work lists another member's returned report");
        if (MEMBER_USERS.includes(who) && !members.includes(OWN_MEMBER)) throw new Error('own returned report missing');
      },
    },
    'GET /api/v1/my-work/awaiting-review #office only': {
      path: () => '/api/v1/my-work/awaiting-review?limit=200',
      expect: only(WORK_READERS),
      // The review queue is the Office's: a member user never gets other members' submitted reports there.
      check: (who, body) => {
        const members = new Set((body as Items<{ memberCode: string }>).items.map((r) => r.memberCode));
        if (who === 'office' ? !members.has(OTHER_MEMBER) : members.size > 0) throw new Error(`review queue wrong for ${who}: ${[...members].join(',')}`);
      },
    },
    'GET /api/v1/my-work/flags #own member only': {
      path: async () => {
        await raiseFlags();
        return '/api/v1/my-work/flags?limit=200';
      },
      expect: only(WORK_READERS),
      check: (who, body) => {
        const members = (body as Items<{ memberCode: string }>).items.map((f) => f.memberCode);
        if (MEMBER_USERS.includes(who)) {
          if (members.some((m) => m !== OWN_MEMBER)) throw new Error("My work lists another member's flag");
          if (!members.includes(OWN_MEMBER)) throw new Error('own flag missing');
        }
        if (who === 'observer' && members.length > 0) throw new Error('an observer has flags to act on');
      },
    },
    'GET /api/v1/my-work/shares #own member only': {
      path: () => '/api/v1/my-work/shares?limit=200',
      expect: only(WORK_READERS),
      // Open shares are a member user's own work: the Office and observers have none here.
      check: (who, body) => {
        const members = (body as Items<{ memberCode: string }>).items.map((s) => s.memberCode);
        if (!MEMBER_USERS.includes(who)) {
          if (members.length > 0) throw new Error(`${who} has shares in My work`);
          return;
        }
        if (members.some((m) => m !== OWN_MEMBER)) throw new Error("My work lists another member's share");
        if (!members.includes(OWN_MEMBER)) throw new Error('own share missing');
      },
    },
    'GET /api/v1/reports #every member, editable only own': {
      // Every work role reads every member's reports (as matters); what a member user may change is its own member's only.
      path: () => `/api/v1/reports?taskId=${reportTask}&limit=200`,
      expect: only(WORK_READERS),
      check: (who, body) => {
        const items = (body as Items<{ memberCode: string; editable: boolean; reviewable: boolean }>).items;
        const members = new Set(items.map((r) => r.memberCode));
        if (!members.has(OWN_MEMBER) || !members.has(OTHER_MEMBER)) throw new Error('report list filtered by member');
        const editable = items.filter((r) => r.editable).map((r) => r.memberCode);
        if (MEMBER_USERS.includes(who)) {
          if (editable.some((m) => m !== OWN_MEMBER)) throw new Error("another member's report is editable");
          if (!editable.includes(OWN_MEMBER)) throw new Error('own open report not editable');
        }
        if (who === 'observer' && editable.length > 0) throw new Error('an observer may edit a report');
        if (who !== 'office' && items.some((r) => r.reviewable)) throw new Error(`${who} may review a report`);
      },
    },
    'GET /api/v1/my-work #own member only': {
      path: () => '/api/v1/my-work',
      expect: only(WORK_READERS),
      check: (who, body) => {
        const summary = body as { memberCodes: string[]; counts: { returnedReports: number } };
        const expected = MEMBER_USERS.includes(who) ? [OWN_MEMBER] : [];
        if (summary.memberCodes.join() !== expected.join()) throw new Error(`My work acts for ${summary.memberCodes.join(',')}`);
      },
    },
  };
}
