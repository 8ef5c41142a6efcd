import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './database.ts';
import { RestoreRefused, restoreBackup, writeBackup } from './backup.ts';
import { verifyAuditChain } from '../modules/audit/audit.usecases.ts';
import { createEmptyDatabase, createTestContext, createUser, login, type TestContext } from '../../test/helpers.ts';

let ctx: TestContext;
let empty: Awaited<ReturnType<typeof createEmptyDatabase>>;
let emptyUrl: string;
let emptyDb: Db;
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yrd-backup-')), 'test.yrdbak');

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'admin.b', [{ role: 'admin' }]);
  const admin = await login(ctx.app, 'admin.b');
  await ctx.app.inject({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload: { username: 'awkward.text', displayName: 'Tab\there, quote\' and 反斜杠 \\ 换行\n' } });
  await ctx.app.inject({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload: { username: 'restored.user', displayName: '恢复测试', roles: [{ role: 'editor', memberCode: '340000' }] } });
  const { makePlan, makeTask } = await import('../../test/work-fixtures.ts');
  await makeTask(ctx.deps, await makePlan(ctx.deps), { titleZh: '含生成列的任务' });
  empty = await createEmptyDatabase();
  emptyUrl = empty.url;
  emptyDb = empty.db;
});
afterAll(async () => {
  await empty.drop();
  await ctx.close();
});

async function snapshot(db: Db) {
  const tables = [
    'regions', 'members', 'cities', 'bodies', 'users', 'user_roles', 'sessions', 'password_history', 'app_settings', 'audit_events',
    'focus_areas', 'plans', 'tasks', 'plan_tasks', 'task_shares',
  ] as const;
  const out: Record<string, unknown[]> = {};
  for (const table of tables) out[table] = await db.selectFrom(table).selectAll().execute();
  out.audit_events = (out.audit_events as { seq: string }[]).sort((a, b) => Number(a.seq) - Number(b.seq));
  return out;
}

describe('backup and restore', () => {
  it('round-trips every record, including awkward text, with a valid audit chain', async () => {
    const progress: number[] = [];
    const manifest = await writeBackup(ctx.database.ownerUrl, file, (done) => progress.push(done));
    expect(manifest.tables.find((t) => t.name === 'users')?.rows).toBe(3);
    expect(progress.at(-1)).toBe(manifest.tables.reduce((n, t) => n + t.rows, 0));

    await restoreBackup(emptyDb, emptyUrl, file);
    const original = await snapshot(ctx.database.ownerDb);
    const restored = await snapshot(emptyDb);
    for (const table of Object.keys(original)) expect(restored[table], table).toEqual(original[table]);
    const chain = await verifyAuditChain({ db: emptyDb });
    expect(chain.ok).toBe(true);
    expect(chain.checked).toBe((original.audit_events as unknown[]).length);
  });

  it('continues sequences after the restored rows', async () => {
    const max = await emptyDb.selectFrom('audit_events').select((eb) => eb.fn.max('seq').as('m')).executeTakeFirstOrThrow();
    const next = await emptyDb.selectNoFrom((eb) => eb.fn<string>('nextval', [eb.val('audit_events_seq_seq')]).as('n')).executeTakeFirstOrThrow();
    expect(Number(next.n)).toBeGreaterThan(Number(max.m));
  });

  it('refuses to restore over existing records', async () => {
    await expect(restoreBackup(ctx.database.ownerDb, ctx.database.ownerUrl, file)).rejects.toBeInstanceOf(RestoreRefused);
  });

  it('refuses a file that is not a backup', async () => {
    const bogus = `${file}.bogus`;
    const { gzipSync } = await import('node:zlib');
    fs.writeFileSync(bogus, gzipSync('hello\n'));
    await expect(restoreBackup(emptyDb, emptyUrl, bogus)).rejects.toThrow(/not a YRD platform backup/);
  });
});
