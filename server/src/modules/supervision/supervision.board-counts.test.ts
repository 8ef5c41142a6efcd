/**
 * The region-wide board reads counts that triggers keep (migration 0011). They
 * must always equal the counts taken from the records, whatever changes shares,
 * flags and tasks, in one statement or many, and when two transactions change
 * the same task at once.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers.ts';
import { areaId, makePlan, makeTask } from '../../../test/work-fixtures.ts';
import { systemActor } from '../../shared/principal.ts';
import type { Db } from '../../db/database.ts';
import { createArea } from '../plans/plans.usecases.ts';
import { boardCounts, boardCountsFromRecords, compactBoardCounts, type BoardCountRow } from './supervision.repository.ts';

const MEMBERS = ['310000', '320000', '330000', '340000'];
let ctx: TestContext;
let db: Db;
let planId: string;
let areas: (string | null)[];

beforeAll(async () => {
  ctx = await createTestContext();
  db = ctx.database.appDb;
  planId = await makePlan(ctx.deps, { code: 'BC-PLAN' });
  const sub = await createArea({ ...ctx.deps, actor: systemActor('test') }, { code: '2.9', nameZh: '测试子领域', nameEn: 'Test sub-area' });
  areas = [await areaId(ctx.deps, '1'), await areaId(ctx.deps, '2'), sub, await areaId(ctx.deps, '5'), null];
});
afterAll(() => ctx.close());

const sorted = (rows: BoardCountRow[]) =>
  rows.map((r) => `${r.area_id ?? '-'}|${r.member_code}|${r.total}|${r.red}|${r.yellow}`).sort();

async function expectKeptEqualsCounted(step: string) {
  const [kept, counted] = await Promise.all([boardCounts(db, undefined), boardCountsFromRecords(db)]);
  expect(sorted(kept), step).toEqual(sorted(counted));
}

/** A small deterministic random source, so a failure repeats. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function raiseFlag(taskId: string, memberCode: string, severity: 'red' | 'yellow', executor: Db = db) {
  await sql`INSERT INTO supervision_flags (kind, severity, subject_key, task_id, member_code, raised_at)
            VALUES ('stalled', ${severity}, ${`test:${randomUUID()}`}, ${taskId}, ${memberCode}, now())`.execute(executor);
}

describe('the kept board counts', () => {
  it('start equal to the counted ones and follow every kind of change', async () => {
    const next = random(20261202);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const tasks: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const [lead, ...others] = [...MEMBERS].sort(() => next() - 0.5);
      tasks.push(await makeTask(ctx.deps, planId, { leadMemberCode: lead!, participantMemberCodes: others.slice(0, 1 + Math.floor(next() * 3)), focusAreaId: pick(areas) }));
    }
    await expectKeptEqualsCounted('after the tasks were created');

    const openFlags = () => db.selectFrom('supervision_flags').select(['id', 'task_id', 'member_code']).where('resolved_at', 'is', null).orderBy('id').execute();
    const liveTasks = async () => (await db.selectFrom('tasks').select('id').where('id', 'in', tasks).orderBy('id').execute()).map((t) => t.id);
    const operations: Record<string, () => Promise<unknown>> = {
      raise: async () => raiseFlag(pick(await liveTasks()), pick(MEMBERS), next() < 0.5 ? 'red' : 'yellow'),
      resolve: async () => {
        const open = await openFlags();
        if (open.length) await db.updateTable('supervision_flags').set({ resolved_at: new Date() }).where('id', '=', pick(open).id).execute();
      },
      recolour: async () => {
        const open = await openFlags();
        if (open.length) await sql`UPDATE supervision_flags SET severity = CASE severity WHEN 'red' THEN 'yellow' ELSE 'red' END WHERE id = ${pick(open).id}`.execute(db);
      },
      resolveAllOfMember: () => db.updateTable('supervision_flags').set({ resolved_at: new Date() }).where('member_code', '=', pick(MEMBERS)).where('resolved_at', 'is', null).execute(),
      deleteFlag: async () => {
        const open = await openFlags();
        if (open.length) await db.deleteFrom('supervision_flags').where('id', '=', pick(open).id).execute();
      },
      addShare: async () => {
        const taskId = pick(await liveTasks());
        await sql`INSERT INTO task_shares (task_id, member_code, role) VALUES (${taskId}, ${pick(MEMBERS)}, 'participant') ON CONFLICT DO NOTHING`.execute(db);
      },
      removeShare: async () => {
        const share = await db.selectFrom('task_shares').select('id').where('role', '=', 'participant').where('task_id', 'in', tasks).orderBy('id').execute();
        if (share.length) await db.deleteFrom('task_shares').where('id', '=', pick(share).id).execute();
      },
      moveTask: async () => db.updateTable('tasks').set({ focus_area_id: pick(areas) }).where('id', '=', pick(await liveTasks())).execute(),
      moveSeveralTasks: async () => db.updateTable('tasks').set({ focus_area_id: pick(areas) }).where('id', 'in', (await liveTasks()).slice(0, 3)).execute(),
      compact: () => compactBoardCounts(db),
    };
    const names = Object.keys(operations);
    for (let step = 0; step < 150; step += 1) {
      const name = pick(names);
      await operations[name]!();
      await expectKeptEqualsCounted(`step ${step}: ${name}`);
    }
    // Deleting a task (by the owner: the app never does) takes its shares and flags with it.
    await raiseFlag(tasks[0]!, MEMBERS[0]!, 'red');
    await ctx.database.ownerDb.deleteFrom('tasks').where('id', '=', tasks[0]!).execute();
    await expectKeptEqualsCounted('after a task was deleted');
  });

  it('stay exact when two transactions change the same pair at once', async () => {
    const taskId = await makeTask(ctx.deps, planId, { leadMemberCode: '340000', participantMemberCodes: [], focusAreaId: areas[0]! });
    await raiseFlag(taskId, '340000', 'yellow');
    const yellow = await db.selectFrom('supervision_flags').select('id').where('task_id', '=', taskId).executeTakeFirstOrThrow();
    // One transaction raises a red flag and waits; meanwhile another resolves the yellow one.
    // Each alone would compute its change from what it sees; only the lock makes the sum right.
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstHasWritten!: () => void;
    const written = new Promise<void>((resolve) => (firstHasWritten = resolve));
    const first = db.transaction().execute(async (trx) => {
      await raiseFlag(taskId, '340000', 'red', trx);
      firstHasWritten();
      await firstMayCommit;
    });
    await written;
    const second = db.transaction().execute(async (trx) => {
      await trx.updateTable('supervision_flags').set({ resolved_at: new Date() }).where('id', '=', yellow.id).execute();
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    releaseFirst();
    await Promise.all([first, second]);
    await expectKeptEqualsCounted('after the concurrent changes');
  });

  it('fold into one row per cell without changing the answer', async () => {
    const before = sorted(await boardCounts(db, undefined));
    await compactBoardCounts(db);
    const rows = await db.selectFrom('board_cell_deltas').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const cells = await sql<{ n: string }>`SELECT count(*) AS n FROM (SELECT DISTINCT focus_area_id, member_code FROM board_cell_deltas) c`.execute(db);
    expect(rows.n).toBe(cells.rows[0]!.n);
    expect(sorted(await boardCounts(db, undefined))).toEqual(before);
  });

  it('are recounted after TRUNCATE', async () => {
    await sql`TRUNCATE supervision_flags CASCADE`.execute(ctx.database.ownerDb);
    await expectKeptEqualsCounted('after TRUNCATE supervision_flags');
    await sql`TRUNCATE tasks CASCADE`.execute(ctx.database.ownerDb);
    expect(await boardCounts(db, undefined)).toEqual([]);
  });
});
