/**
 * My work's totals come from counts that triggers keep (migration 0022). They
 * must always equal the totals counted from the records by the original
 * queries (my-work.repository.ts), for every member, body and region-wide
 * scope and every period and day, after random changes committed by many
 * connections at once: shares added, moved, completed and removed, reports
 * filed, revised, reviewed and deleted, flags raised and resolved, tasks moved
 * to another plan and cadences changed.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask } from '../../../test/work-fixtures.ts';
import { connect, type Db } from '../../db/database.ts';
import { compactMyWorkCounts, keptAwaitingReview, keptOpenFlags, keptReturned, keptShareTotals } from './my-work.counts.ts';
import { countAwaitingReview, countOpenFlags, countReturned, openShareTotals, type CurrentPeriods, type ShareScope } from './my-work.repository.ts';

const MEMBERS = ['310000', '320000', '330000', '340000'];
const PERIODS: CurrentPeriods[] = [
  { monthly: '2026-02', quarterly: '2026-Q1' },
  { monthly: '2026-03', quarterly: '2026-Q1' },
  { monthly: '2026-04', quarterly: '2026-Q2' },
];
const MONTHLY = ['2026-02', '2026-03', '2026-04'];
const QUARTERLY = ['2026-Q1', '2026-Q2'];
const DAYS = ['2026-01-15', '2026-03-02', '2026-06-30'];
const DUE = [null, '2026-01-10', '2026-02-28', '2026-03-02', '2026-04-30', '2026-06-30'];
const STATUSES = ['not_started', 'on_track', 'at_risk', 'delayed', 'completed'] as const;

let ctx: TestContext;
let db: Db;
let writers: Db;
let plans: string[];
let tasks: string[];
const bodies = new Map<string, string[]>();

/** A small deterministic random source, so a failure repeats. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

beforeAll(async () => {
  ctx = await createTestContext();
  db = ctx.database.appDb;
  writers = connect(ctx.database.appUrl, { maxConnections: 8 });
  plans = [await makePlan(ctx.deps, { code: 'KC-Q', reportingCadence: 'quarterly' }), await makePlan(ctx.deps, { code: 'KC-M', reportingCadence: 'monthly' })];
  tasks = [];
  for (let i = 0; i < 8; i += 1) {
    tasks.push(await makeTask(ctx.deps, plans[i % 2]!, { code: `8.${i}`, leadMemberCode: MEMBERS[i % 4]!, participantMemberCodes: [MEMBERS[(i + 1) % 4]!], dueDate: '2026-03-31' }));
  }
  for (const row of await db.selectFrom('bodies').select(['code', 'member_code']).execute()) {
    if (row.member_code) bodies.set(row.member_code, [...(bodies.get(row.member_code) ?? []), row.code]);
  }
});
afterAll(async () => {
  await writers.destroy();
  await ctx.close();
});

/** Every scope My work reads: each member, each (member, body), two members at once, and region-wide. */
function scopes(): ShareScope[][] {
  const out: ShareScope[][] = MEMBERS.map((m) => [{ memberCode: m, bodyCode: null }]);
  for (const m of MEMBERS) for (const b of bodies.get(m) ?? []) out.push([{ memberCode: m, bodyCode: b }]);
  out.push([{ memberCode: '310000', bodyCode: null }, { memberCode: '340000', bodyCode: (bodies.get('340000') ?? [null])[0] ?? null }]);
  return out;
}

/** The day the last compaction folded due dates before: the kept answers hold for that day and later. */
let foldedBefore = DAYS[0]!;

async function expectKeptEqualsCounted(step: string) {
  const kept: string[] = [];
  const counted: string[] = [];
  for (const scope of scopes()) {
    const label = scope.map((g) => `${g.memberCode}/${g.bodyCode ?? '*'}`).join('+');
    for (const periods of PERIODS) {
      for (const today of DAYS.filter((day) => day >= foldedBefore)) {
        kept.push(`${label} ${periods.monthly} ${today} ${JSON.stringify(await keptShareTotals(db, scope, periods, today))}`);
        counted.push(`${label} ${periods.monthly} ${today} ${JSON.stringify(await openShareTotals(db, scope, periods, today))}`);
      }
    }
    kept.push(`${label} returned ${await keptReturned(db, scope)}`);
    counted.push(`${label} returned ${await countReturned(db, scope)}`);
    const members = [...new Set(scope.map((g) => g.memberCode))];
    kept.push(`${label} flags ${JSON.stringify(await keptOpenFlags(db, members))}`);
    counted.push(`${label} flags ${JSON.stringify(await countOpenFlags(db, { memberCodes: members }))}`);
  }
  kept.push(`review ${await keptAwaitingReview(db)} flags ${JSON.stringify(await keptOpenFlags(db))}`);
  counted.push(`review ${await countAwaitingReview(db)} flags ${JSON.stringify(await countOpenFlags(db, {}))}`);
  expect(kept, step).toEqual(counted);
}

/** One random change, in its own transaction of one to three statements; refused ones (a taken pair, a deadlock) roll back. */
async function randomChange(next: () => number): Promise<void> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const kind = Math.floor(next() * 14);
  const task = pick(tasks);
  const member = pick(MEMBERS);
  await writers.transaction().execute(async (trx) => {
    const share = (await sql<{ id: string; member_code: string }>`SELECT id, member_code FROM task_shares WHERE task_id = ${task} ORDER BY random() LIMIT 1`.execute(trx)).rows[0];
    switch (kind) {
      case 0: // a member joins the task
        await sql`INSERT INTO task_shares (task_id, member_code, role, owner_body_code, due_date, status)
                  VALUES (${task}, ${member}, 'participant', ${next() < 0.5 ? null : pick(bodies.get(member) ?? [null])}, ${pick(DUE)}, ${pick(STATUSES)})`.execute(trx);
        break;
      case 1: // a participant leaves (with its reports and flags)
        if (share) await sql`DELETE FROM task_shares WHERE id = ${share.id} AND role = 'participant'`.execute(trx);
        break;
      case 2:
      case 3: // status, due date, owner body
        if (share) {
          await sql`UPDATE task_shares SET status = ${pick(STATUSES)}, due_date = ${pick(DUE)} WHERE id = ${share.id}`.execute(trx);
          if (next() < 0.4) await sql`UPDATE task_shares SET owner_body_code = ${next() < 0.3 ? null : pick(bodies.get(share.member_code) ?? [null])} WHERE id = ${share.id}`.execute(trx);
        }
        break;
      case 4: // only the percent: no bucket moves
        if (share) await sql`UPDATE task_shares SET percent = ${Math.floor(next() * 100)} WHERE id = ${share.id}`.execute(trx);
        break;
      case 5:
      case 6: {
        // a report filed, as a revision of a returned one when there is one
        if (!share) break;
        const returned = (await sql<{ id: string; period: string; revision: number }>`
          SELECT r.id, r.period, r.revision FROM progress_reports r WHERE r.share_id = ${share.id} AND r.review_state = 'returned'
             AND NOT EXISTS (SELECT 1 FROM progress_reports nx WHERE nx.previous_report_id = r.id) LIMIT 1`.execute(trx)).rows[0];
        const period = returned && next() < 0.7 ? returned.period : pick([...MONTHLY, ...QUARTERLY]);
        await sql`INSERT INTO progress_reports (share_id, task_id, member_code, period, body, percent, status, revision, previous_report_id, submitted_at)
                  VALUES (${share.id}, ${task}, ${share.member_code}, ${period}, 'x', 10, 'on_track', ${returned ? returned.revision + 1 : 1},
                          ${returned && period === returned.period ? returned.id : null}, now() - ${`${Math.floor(next() * 1000)} seconds`}::interval)`.execute(trx);
        break;
      }
      case 7:
      case 8: // a review
        await sql`UPDATE progress_reports SET review_state = ${pick(['accepted', 'returned', 'returned', 'superseded'])}, version = version + 1
                   WHERE id = (SELECT id FROM progress_reports WHERE task_id = ${task} AND review_state = 'submitted' ORDER BY random() LIMIT 1)`.execute(trx);
        break;
      case 9: // a report withdrawn (refused while a revision points to it)
        await sql`DELETE FROM progress_reports WHERE id = (SELECT id FROM progress_reports WHERE task_id = ${task} ORDER BY random() LIMIT 1)`.execute(trx);
        break;
      case 10: // a flag raised, for a member or none
        await sql`INSERT INTO supervision_flags (kind, severity, subject_key, task_id, member_code, raised_at)
                  VALUES ('stalled', ${pick(['red', 'yellow'])}, ${`test:${randomUUID()}`}, ${task}, ${next() < 0.15 ? null : member}, now())`.execute(trx);
        break;
      case 11: // a flag resolved, re-coloured or deleted
        await sql`UPDATE supervision_flags SET severity = ${pick(['red', 'yellow'])}, resolved_at = ${next() < 0.5 ? sql`now()` : sql`NULL`}
                   WHERE id = (SELECT id FROM supervision_flags WHERE task_id = ${task} ORDER BY random() LIMIT 1)`.execute(trx);
        if (next() < 0.3) await sql`DELETE FROM supervision_flags WHERE id = (SELECT id FROM supervision_flags WHERE task_id = ${task} ORDER BY random() LIMIT 1)`.execute(trx);
        break;
      case 12: // the task moves to the other plan (another cadence)
        await sql`UPDATE tasks SET plan_id = ${pick(plans)} WHERE id = ${task}`.execute(trx);
        break;
      default: // a plan's cadence changes
        if (next() < 0.3) await sql`UPDATE plans SET reporting_cadence = ${pick(['monthly', 'quarterly'])} WHERE id = ${pick(plans)}`.execute(trx);
        else if (share) await sql`UPDATE task_shares SET status = 'completed' WHERE id = ${share.id}`.execute(trx);
    }
    if (next() < 0.1) throw new Error('rolled back on purpose');
  });
}

describe("My work's kept counts", () => {
  it('start equal to the counted ones', async () => {
    await expectKeptEqualsCounted('start');
  });

  it('equal the counted ones after random changes committed by eight connections at once', async () => {
    let refused = 0;
    let committed = 0;
    for (let round = 0; round < 5; round += 1) {
      await Promise.all(
        Array.from({ length: 8 }, async (_, worker) => {
          const next = random(20261204 + round * 100 + worker);
          for (let i = 0; i < 25; i += 1) {
            try {
              await randomChange(next);
              committed += 1;
            } catch {
              refused += 1; // a unique pair taken, a report still revised, a deadlock, or on purpose: rolled back as a whole
            }
          }
        }),
      );
      if (round === 1 || round === 3) {
        // Folding the past due dates (migration 0033): first nothing is past, then 10 January and 28 February are,
        // while 2 March (the day folded before, due that very day) must stay out of "overdue".
        foldedBefore = round === 1 ? DAYS[0]! : DAYS[1]!;
        // An open share due on the fold day itself, whatever the random rounds left: the boundary is checked.
        await sql`UPDATE task_shares SET due_date = ${foldedBefore}, status = 'on_track' WHERE id = (SELECT min(id::text)::uuid FROM task_shares)`.execute(db);
        await compactMyWorkCounts(db, foldedBefore);
        const past = await sql<{ keys: string; rows: string }>`
          SELECT count(DISTINCT (member_code, body_code))::text AS keys, count(*)::text AS rows FROM my_work_count_deltas
           WHERE bucket > 'due:' AND bucket < ${`due:${foldedBefore}`}`.execute(db);
        expect(past.rows[0]!.rows, 'one folded row per member and body').toBe(past.rows[0]!.keys);
      }
      await expectKeptEqualsCounted(`after round ${round + 1}`);
    }
    expect(committed).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(0);
  }, 180_000); // a thousand transactions on a busy 2-core machine

  it('stay equal when many connections change the very same shares at once', async () => {
    const task = tasks[0]!;
    const shares = (await sql<{ id: string; member_code: string }>`SELECT id, member_code FROM task_shares WHERE task_id = ${task}`.execute(db)).rows;
    await Promise.all(
      Array.from({ length: 8 }, async (_, worker) => {
        for (let i = 0; i < 10; i += 1) {
          const share = shares[(worker + i) % shares.length]!;
          await writers.transaction().execute(async (trx) => {
            await sql`INSERT INTO progress_reports (share_id, task_id, member_code, period, body, percent, status, submitted_at)
                      VALUES (${share.id}, ${task}, ${share.member_code}, '2026-Q1', 'x', 10, 'on_track', now())`.execute(trx);
            await sql`UPDATE progress_reports SET review_state = ${worker % 2 === 0 ? 'returned' : 'accepted'}
                       WHERE id = (SELECT id FROM progress_reports WHERE share_id = ${share.id} AND review_state = 'submitted' ORDER BY submitted_at LIMIT 1)`.execute(trx);
          });
        }
      }),
    );
    await expectKeptEqualsCounted('same shares');
  });

  it('notice a change that no trigger kept (the comparison can fail)', async () => {
    const share = (await sql<{ id: string }>`SELECT id FROM task_shares WHERE status <> 'completed' LIMIT 1`.execute(db)).rows[0]!;
    await sql`ALTER TABLE task_shares DISABLE TRIGGER yrd_my_work_shares_update`.execute(ctx.database.ownerDb);
    try {
      await sql`UPDATE task_shares SET status = 'completed' WHERE id = ${share.id}`.execute(db);
      await expect(expectKeptEqualsCounted('without the trigger')).rejects.toThrow();
    } finally {
      await sql`ALTER TABLE task_shares ENABLE TRIGGER yrd_my_work_shares_update`.execute(ctx.database.ownerDb);
    }
    await sql`SELECT yrd_my_work_rebuild()`.execute(db);
    await expectKeptEqualsCounted('rebuilt');
  });
});
