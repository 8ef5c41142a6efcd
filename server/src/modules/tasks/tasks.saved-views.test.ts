/**
 * Saved views store the task list's query, checked by its schema, not free
 * JSON (issue 14, item 8: a `filters` nested 3,000 levels deep was a 500).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';

let ctx: TestContext;
let liaison: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'sv.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  liaison = await login(ctx.app, 'sv.liaison');
});
afterAll(() => ctx.close());

const save = (name: string, filters: unknown) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/saved-views', headers: { ...liaison.headers, 'content-type': 'application/json' }, payload: JSON.stringify({ scope: 'tasks', name, filters }) });

describe('saved view filters', () => {
  it('are the task list\'s filters, as the list reads them', async () => {
    const filters = { memberCode: '320000', memberRole: 'lead', status: ['delayed', 'at_risk'], flag: 'red', overdue: true, q: '生态', sort: 'due' };
    const created = await save('我方延误', filters);
    expect(created.statusCode, created.body).toBe(201);
    const [view] = (await ctx.app.inject({ method: 'GET', url: '/api/v1/saved-views', headers: liaison.headers })).json().items;
    expect(view.filters).toEqual(filters);
    const list = await ctx.app.inject({ method: 'GET', url: `/api/v1/tasks?${new URLSearchParams({ ...filters, status: 'delayed', overdue: 'true' })}`, headers: liaison.headers });
    expect(list.statusCode).toBe(200);
  });

  it('refuse what the list would refuse, naming the field', async () => {
    const cases: [unknown, string, string][] = [
      [{ memberCode: 'Jiangsu' }, 'filters.memberCode', 'pattern'],
      [{ status: ['lost'] }, 'filters.status.0', 'enum'],
      [{ overdue: 'yes' }, 'filters.overdue', 'type'],
      [{ cursor: 'abc' }, 'filters.cursor', 'additionalProperties'],
      [{ anything: { nested: true } }, 'filters.anything', 'additionalProperties'],
      [['status'], 'filters', 'type'],
    ];
    for (const [filters, field, rule] of cases) {
      const response = await save(`bad ${field}`, filters);
      expect(response.statusCode, JSON.stringify(filters)).toBe(400);
      expect(response.json().error.fields, JSON.stringify(filters)).toContainEqual(expect.objectContaining({ field, rule }));
    }
  });

  it('nested 3,000 levels deep: 400, not a stack overflow', async () => {
    const deep = `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`;
    const response = await ctx.app.inject({
      method: 'POST', url: '/api/v1/saved-views', headers: { ...liaison.headers, 'content-type': 'application/json' },
      payload: `{"scope":"tasks","name":"deep","filters":${deep}}`,
    });
    expect(response.statusCode, response.body.slice(0, 200)).toBe(400);
    expect(response.json().error.fields).toContainEqual(expect.objectContaining({ field: 'filters.a', rule: 'additionalProperties' }));
  });
});
