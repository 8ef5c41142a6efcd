/**
 * Personal data in the audit log (issue 14, item 2): an observer reading
 * `user.create` events saw the new user's e-mail. Decision (audit.models.ts):
 * administrators see summaries as stored; the Office and observers see e-mail
 * addresses and phone numbers as [hidden], on the audit list and in a task's
 * history. The stored chain is untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask } from '../../../test/work-fixtures.ts';
import { systemActor } from '../../shared/principal.ts';
import { PERSONAL_HIDDEN, withoutPersonalData } from './audit.models.ts';
import { auditedTransaction, verifyAuditChain } from './audit.usecases.ts';

let ctx: TestContext;
const sessions: Record<'admin' | 'office' | 'observer' | 'liaison', Session> = {} as never;
let taskId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'ap.admin', [{ role: 'admin' }]);
  await createUser(ctx.database.appDb, 'ap.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'ap.observer', [{ role: 'observer' }]);
  await createUser(ctx.database.appDb, 'ap.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  for (const who of ['admin', 'office', 'observer', 'liaison'] as const) sessions[who] = await login(ctx.app, `ap.${who}`);
  const created = await ctx.app.inject({
    method: 'POST', url: '/api/v1/users', headers: sessions.admin.headers,
    payload: { username: 'ap.new', displayName: '新同事', email: 'zhang.min@yrd.example.cn', roles: [{ role: 'observer' }] },
  });
  expect(created.statusCode, created.body).toBe(201);
  taskId = await makeTask(ctx.deps, await makePlan(ctx.deps));
  // Summaries as other use cases write them: an e-mail under another name, a phone number, a change of e-mail.
  await auditedTransaction({ ...ctx.deps, actor: systemActor('test') }, async (_trx, audit) => {
    audit({ action: 'task.contact_test', objectType: 'task', objectId: taskId, summary: { to: 'Li Lei <li.lei@yrd.example.cn>', phone: '+86 138 0000 0000', changes: { email: { from: 'a@yrd.example.cn', to: 'b@yrd.example.cn' } }, emailMuted: true } });
  });
});
afterAll(() => ctx.close());

const read = async (who: keyof typeof sessions, url: string) => {
  const response = await ctx.app.inject({ method: 'GET', url, headers: sessions[who].headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as { action: string; summary: Record<string, unknown> }[];
};

describe('audit summaries', () => {
  it('show a new user\'s e-mail to administrators only', async () => {
    const [asAdmin] = await read('admin', '/api/v1/audit-events?action=user.create');
    expect(asAdmin!.summary).toMatchObject({ username: 'ap.new', email: 'zhang.min@yrd.example.cn' });
    for (const who of ['office', 'observer'] as const) {
      const [event] = await read(who, '/api/v1/audit-events?action=user.create');
      expect(event!.summary, who).toMatchObject({ username: 'ap.new', displayName: '新同事', email: PERSONAL_HIDDEN });
      expect(JSON.stringify(await read(who, '/api/v1/audit-events?limit=200')), who).not.toContain('zhang.min@');
    }
  });

  it('hide phone numbers and e-mail addresses under any name, in the list and a task\'s history', async () => {
    const [asObserver] = await read('observer', '/api/v1/audit-events?action=task.contact_test');
    expect(asObserver!.summary).toEqual({ to: PERSONAL_HIDDEN, phone: PERSONAL_HIDDEN, changes: { email: PERSONAL_HIDDEN }, emailMuted: true });
    const history = await read('liaison', `/api/v1/tasks/${taskId}/history`);
    expect(history.find((e) => e.action === 'task.contact_test')!.summary).toEqual(asObserver!.summary);
    const [asAdmin] = await read('admin', '/api/v1/audit-events?action=task.contact_test');
    expect(asAdmin!.summary).toMatchObject({ to: 'Li Lei <li.lei@yrd.example.cn>', phone: '+86 138 0000 0000' });
  });

  it('keep the stored chain intact', async () => {
    expect((await verifyAuditChain(ctx.deps)).ok).toBe(true);
    expect(withoutPersonalData({ count: 3, list: ['x', 'y@z.cn'], nested: { mobile: '139' }, telephone: null })).toEqual({ count: 3, list: ['x', PERSONAL_HIDDEN], nested: { mobile: PERSONAL_HIDDEN }, telephone: null });
  });
});
