/**
 * The generated data must be data the app could have written: checked here on
 * a small scale (200 tasks) in a fresh test database, with the app's own
 * roll-up rule as the reference.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/test/helpers.ts';
import { rollUp } from '../../server/src/modules/tasks/tasks.rollup.ts';
import { ensureWorkData } from './generate-work.ts';
import { lineProgress } from './progress.ts';

let database: TestDatabase;
const now = new Date('2026-11-24T08:00:00Z');
const quiet = { progress: lineProgress(() => undefined), log: () => undefined, checkpoint: false, now };

beforeAll(async () => {
  database = await createTestDatabase();
  const first = await ensureWorkData(database.ownerDb, { ...quiet, scale: 0.004 });
  expect(first.generated).toBe(true);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

describe('generated work-loop data', () => {
  it('has the promised sizes, all marked as bench data', async () => {
    const db = database.ownerDb;
    const count = async (table: 'tasks' | 'task_shares' | 'progress_reports' | 'plan_tasks') => Number((await db.selectFrom(table).select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
    expect(await count('tasks')).toBe(200);
    expect(await count('task_shares')).toBe(800);
    expect(await count('progress_reports')).toBeGreaterThan(1600);
    const unmarked = await db.selectFrom('tasks').select('id').where((eb) => eb.or([eb('is_demo', '=', false), eb('title_zh', 'not like', '【压测】%'), eb('title_en', 'not like', '[Bench] %')])).execute();
    expect(unmarked).toEqual([]);
    expect((await db.selectFrom('progress_reports').select('id').where('is_demo', '=', false).execute()).length).toBe(0);
  });

  it('gives every task one lead share, a home plan row and the roll-up of its shares', async () => {
    const db = database.ownerDb;
    const tasks = await db.selectFrom('tasks').select(['id', 'plan_id', 'lead_member_code', 'status', 'progress']).execute();
    const shares = await db.selectFrom('task_shares').select(['task_id', 'member_code', 'role', 'status', 'percent', 'weight']).execute();
    const homes = new Set((await db.selectFrom('plan_tasks').select(['task_id', 'plan_id']).where('inclusion', '=', 'home').execute()).map((r) => `${r.task_id}|${r.plan_id}`));
    for (const task of tasks) {
      const own = shares.filter((s) => s.task_id === task.id);
      expect(own.filter((s) => s.role === 'lead').map((s) => s.member_code)).toEqual([task.lead_member_code]);
      expect(homes.has(`${task.id}|${task.plan_id}`)).toBe(true);
      const expected = rollUp(own.map((s) => ({ status: s.status, percent: Number(s.percent), weight: Number(s.weight) })));
      expect({ status: task.status, progress: Number(task.progress) }).toEqual(expected);
    }
  });

  it("shows on each share its latest accepted report, with reports in the plan's cadence and not in the future", async () => {
    const db = database.ownerDb;
    const rows = await sql<{ share_status: string; share_percent: string; cadence: string; periods: string[]; accepted: { period: string; status: string; percent: string }[] | null; latest: string }>`
      SELECT s.status AS share_status, s.percent AS share_percent, p.reporting_cadence AS cadence,
             array_agg(r.period ORDER BY r.period) AS periods, max(r.submitted_at) AS latest,
             json_agg(json_build_object('period', r.period, 'status', r.status, 'percent', r.percent) ORDER BY r.period DESC) FILTER (WHERE r.review_state = 'accepted') AS accepted
      FROM task_shares s JOIN tasks t ON t.id = s.task_id JOIN plans p ON p.id = t.plan_id JOIN progress_reports r ON r.share_id = s.id
      GROUP BY s.id, p.reporting_cadence`.execute(db);
    expect(rows.rows).toHaveLength(800);
    for (const row of rows.rows) {
      const pattern = row.cadence === 'monthly' ? /^202[4-6]-(0[1-9]|1[0-2])$/ : /^202[4-6]-Q[1-4]$/;
      for (const period of row.periods) expect(period).toMatch(pattern);
      expect(new Set(row.periods).size).toBe(row.periods.length);
      expect(new Date(row.latest).getTime()).toBeLessThanOrEqual(now.getTime());
      const latestAccepted = row.accepted?.[0];
      expect({ status: row.share_status, percent: Number(row.share_percent) }).toEqual(
        latestAccepted ? { status: latestAccepted.status, percent: Number(latestAccepted.percent) } : { status: 'not_started', percent: 0 },
      );
    }
  });

  it('is reused at the same scale and replaced at another', async () => {
    const again = await ensureWorkData(database.ownerDb, { ...quiet, scale: 0.004 });
    expect(again.generated).toBe(false);
    const other = await ensureWorkData(database.ownerDb, { ...quiet, scale: 0.002 });
    expect(other).toMatchObject({ generated: true, marker: { scale: 0.002, tasks: 100, shares: 400 } });
  });
});
