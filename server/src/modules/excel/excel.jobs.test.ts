/**
 * Large files: above the threshold (3 rows here, 500 by default) an import is
 * queued as a job; its progress is kept in the database, so the status poll
 * answers from any instance while a worker (any instance's) runs it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan } from '../../../test/work-fixtures.ts';
import { taskWorkbook, xlsxHeaders, type RowSpec } from '../../../test/excel-fixtures.ts';
import { verifyAuditChain } from '../audit/audit.usecases.ts';
import { JobWorker } from '../jobs/jobs.worker.ts';
import { excelImportHandler } from './excel.jobs.ts';
import { parseTaskWorkbook } from './excel.parser.ts';
import { importTasks } from './excel.usecases.ts';
import { systemActor } from '../../shared/principal.ts';

let ctx: TestContext;
let office: Session;
let officeEn: Session;

beforeAll(async () => {
  ctx = await createTestContext({ excelAsyncRows: 3 });
  await createUser(ctx.database.appDb, 'office.big', [{ role: 'office' }]);
  const enId = await createUser(ctx.database.appDb, 'office.big.en', [{ role: 'office' }]);
  await ctx.database.appDb.updateTable('users').set({ locale: 'en' }).where('id', '=', enId).execute();
  office = await login(ctx.app, 'office.big');
  officeEn = await login(ctx.app, 'office.big.en');
});
afterAll(() => ctx.close());

const rows = (prefix: string, n: number, extra: (i: number) => RowSpec = () => ({})): RowSpec[] =>
  Array.from({ length: n }, (_, i) => ({ code: `${prefix}.${i + 1}`, titleZh: `任务 ${i + 1}`, lead: '320000', participants: '330000', ...extra(i) }));

async function upload(planId: string, file: Buffer, query = '') {
  const response = await ctx.app.inject({ method: 'POST', url: `/api/v1/excel/tasks-import?planId=${planId}${query}`, headers: xlsxHeaders(office.headers), payload: file });
  expect(response.statusCode, response.body).toBe(202);
  return response.json() as { importId: string; state: string; totalRows: number; statusUrl: string };
}

const status = async (importId: string, session = office) => (await ctx.app.inject({ method: 'GET', url: `/api/v1/excel/imports/${importId}`, headers: session.headers })).json();
const worker = () => new JobWorker(ctx.deps, [excelImportHandler], [], { id: 'test-worker' });

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 500; i += 1) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('a file above the threshold', () => {
  it('is queued (202), then a worker imports it while the status shows its progress', async () => {
    const planId = await makePlan(ctx.deps, { code: 'BIG-1' });
    const accepted = await upload(planId, await taskWorkbook(rows('P', 6)), '&fileName=big.xlsx');
    // Not parsed in the request: the rows with values less one header row (the plan title row counts too).
    expect(accepted).toMatchObject({ state: 'queued', totalRows: 7, statusUrl: `/api/v1/excel/imports/${accepted.importId}` });
    expect(await status(accepted.importId)).toMatchObject({ state: 'queued', processedRows: 0, totalRows: 7, fileName: 'big.xlsx', createdBy: 'office.big', result: null, error: null });

    // Another session holds an uncommitted task with code P.4: the import's batch waits on it, once the worker has the exact count.
    const blocker = await ctx.database.ownerDb.startTransaction().execute();
    await blocker.insertInto('tasks').values({ plan_id: planId, code: 'P.4', title_zh: '占位', lead_member_code: '310000' }).execute();
    const run = worker().runDue();
    const midway = await until(() => status(accepted.importId), (s) => s.state === 'importing', 'importing');
    expect(midway).toMatchObject({ state: 'importing', processedRows: 0, totalRows: 6, result: null });
    await blocker.rollback().execute();
    expect(await run).toBe(1);

    const done = await status(accepted.importId);
    expect(done).toMatchObject({ state: 'done', processedRows: 6, totalRows: 6, error: null, result: { mode: 'all_or_nothing', totalRows: 6, validRows: 6, imported: 6, errors: [] } });
    expect(done.finishedAt).toBe(ctx.clock.now().toISOString());
    const codes = await ctx.deps.db.selectFrom('tasks').select('code').where('plan_id', '=', planId).orderBy('code').execute();
    expect(codes.map((c) => c.code)).toEqual(['P.1', 'P.2', 'P.3', 'P.4', 'P.5', 'P.6']);
    // Audited as the uploader; the stored file is dropped once the import is final.
    const event = await ctx.deps.db.selectFrom('audit_events').selectAll().where('action', '=', 'excel.import').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(event.actor_username).toBe('office.big');
    expect(event.summary).toMatchObject({ importId: accepted.importId, imported: 6 });
    const stored = await ctx.deps.db.selectFrom('excel_imports').select('file_content').where('id', '=', accepted.importId).executeTakeFirstOrThrow();
    expect(stored.file_content).toBeNull();
  });

  it('all or nothing with errors: the import fails, nothing written, the errors read in each reader’s language', async () => {
    const planId = await makePlan(ctx.deps, { code: 'BIG-2' });
    const accepted = await upload(planId, await taskWorkbook(rows('Q', 5, (i) => (i === 3 ? { lead: 'Taizhou' } : {}))));
    await worker().runDue();
    const zh = await status(accepted.importId);
    expect(zh).toMatchObject({ state: 'failed', processedRows: 5, error: { code: 'excel.invalid_rows' }, result: { validRows: 4, imported: 0 } });
    expect(zh.error.message).toContain('共 5 行中有 1 处错误');
    expect(zh.result.errors[0]).toMatchObject({ row: 6, column: { letter: 'E', header: '牵头成员方' }, rule: 'excel.ambiguous_place' });
    expect(zh.result.errors[0].message).toContain('321200 泰州市（江苏省） 或 331000 台州市（浙江省）');
    const en = await status(accepted.importId, officeEn);
    expect(en.result.errors[0].column.header).toBe('Lead member');
    expect(en.result.errors[0].message).toContain('Row 6, column E (Lead member): "Taizhou" is ambiguous');
    expect(await ctx.deps.db.selectFrom('tasks').select('id').where('plan_id', '=', planId).execute()).toEqual([]);
  });

  it('a job run twice does the import once', async () => {
    const planId = await makePlan(ctx.deps, { code: 'BIG-3' });
    const accepted = await upload(planId, await taskWorkbook(rows('R', 4)));
    await worker().runDue();
    const job = await ctx.deps.db.selectFrom('jobs').selectAll().where('dedup_key', '=', `excel.import:${accepted.importId}`).executeTakeFirstOrThrow();
    await excelImportHandler.run(ctx.deps, { id: job.id, kind: job.kind, payload: job.payload, attempt: 2, maxAttempts: 3 });
    const count = await ctx.deps.db.selectFrom('tasks').select('id').where('plan_id', '=', planId).execute();
    expect(count).toHaveLength(4);
    expect(await status(accepted.importId)).toMatchObject({ state: 'done', result: { imported: 4 } });
  });

  it('answers 404 for an unknown import', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/excel/imports/00000000-0000-4000-8000-000000000000', headers: office.headers });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('excel.import_not_found');
  });
});

describe('a 5,000-row workbook (set-based write)', () => {
  const many = (prefix: string, broken?: number) => rows(prefix, 5_000, (i) => ({ participants: '330000、310000', bodies: 'rco', ...(i === broken ? { lead: 'Nowhere' } : {}) }));
  const tasksOf = (planId: string) => ctx.deps.db.selectFrom('tasks').select(['id', 'code']).where('plan_id', '=', planId).execute();

  it('one bad row: nothing is written, one failure event', async () => {
    const planId = await makePlan(ctx.deps, { code: 'BIG-5K-BAD' });
    const seqBefore = (await ctx.deps.db.selectFrom('audit_events').select(ctx.deps.db.fn.max('seq').as('seq')).executeTakeFirstOrThrow()).seq;
    const accepted = await upload(planId, await taskWorkbook(many('F', 4_321)));
    await worker().runDue();
    expect(await status(accepted.importId)).toMatchObject({ state: 'failed', totalRows: 5_000, error: { code: 'excel.invalid_rows' }, result: { validRows: 4_999, imported: 0 } });
    expect(await tasksOf(planId)).toEqual([]);
    expect(await ctx.deps.db.selectFrom('task_shares').innerJoin('tasks', 'tasks.id', 'task_shares.task_id').select('task_shares.id').where('tasks.plan_id', '=', planId).execute()).toEqual([]);
    const events = await ctx.deps.db.selectFrom('audit_events').select(['action', 'outcome']).where('seq', '>', String(seqBefore)).execute();
    expect(events).toEqual([{ action: 'excel.import', outcome: 'failure' }]);
  }, 180_000);

  it('all good: every task with its shares and bodies in one transaction, a task.create per task, one summary, the chain intact', async () => {
    const planId = await makePlan(ctx.deps, { code: 'BIG-5K' });
    const seqBefore = (await ctx.deps.db.selectFrom('audit_events').select(ctx.deps.db.fn.max('seq').as('seq')).executeTakeFirstOrThrow()).seq;
    const accepted = await upload(planId, await taskWorkbook(many('G')));
    await worker().runDue();
    expect(await status(accepted.importId)).toMatchObject({ state: 'done', processedRows: 5_000, totalRows: 5_000, result: { imported: 5_000, errors: [] } });
    const tasks = await tasksOf(planId);
    expect(tasks).toHaveLength(5_000);
    const shares = await ctx.deps.db.selectFrom('task_shares').innerJoin('tasks', 'tasks.id', 'task_shares.task_id').select(['task_shares.role', ctx.deps.db.fn.countAll<string>().as('n')]).where('tasks.plan_id', '=', planId).groupBy('task_shares.role').orderBy('task_shares.role').execute();
    expect(shares).toEqual([{ role: 'lead', n: '5000' }, { role: 'participant', n: '10000' }]);
    const links = await ctx.deps.db.selectFrom('plan_tasks').select(ctx.deps.db.fn.countAll<string>().as('n')).where('plan_id', '=', planId).where('inclusion', '=', 'home').executeTakeFirstOrThrow();
    expect(links.n).toBe('5000');
    const bodies = await ctx.deps.db.selectFrom('task_bodies').innerJoin('tasks', 'tasks.id', 'task_bodies.task_id').select(ctx.deps.db.fn.countAll<string>().as('n')).where('tasks.plan_id', '=', planId).executeTakeFirstOrThrow();
    expect(bodies.n).toBe('5000');

    const events = await ctx.deps.db.selectFrom('audit_events').select(['action', 'object_id', 'actor_username', 'summary']).where('seq', '>', String(seqBefore)).orderBy('seq').execute();
    expect(events).toHaveLength(5_001);
    expect(events.at(-1)).toMatchObject({ action: 'excel.import', object_id: planId, actor_username: 'office.big', summary: { imported: 5_000, importId: accepted.importId } });
    const creates = events.slice(0, -1);
    expect(creates.every((e) => e.action === 'task.create' && e.actor_username === 'office.big')).toBe(true);
    expect(new Set(creates.map((e) => e.object_id))).toEqual(new Set(tasks.map((t) => t.id)));
    expect(creates[0]!.summary).toMatchObject({ planId, code: 'G.1', leadMemberCode: '320000', participants: ['330000', '310000'] });
    expect(await verifyAuditChain(ctx.deps)).toMatchObject({ ok: true });
  }, 180_000);
});

describe('progress reporting', () => {
  it('goes validating → importing, a batch of a thousand rows at a time, to the total', async () => {
    const planId = await makePlan(ctx.deps, { code: 'BIG-4' });
    const file = await taskWorkbook(rows('S', 4));
    const seen: string[] = [];
    const report = await importTasks(
      { ...ctx.deps, actor: systemActor('test') },
      await parseTaskWorkbook(file),
      { planId, mode: 'all_or_nothing', dryRun: false, fileName: null, sha256: 'f'.repeat(64), sizeBytes: file.length },
      async (state, processed) => {
        seen.push(`${state}:${processed}`);
      },
    );
    expect(report.imported).toBe(4);
    expect(seen).toEqual(['validating:0', 'validating:4', 'importing:0', 'importing:4']);
  });
});
