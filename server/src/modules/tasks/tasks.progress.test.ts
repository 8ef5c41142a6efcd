import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';
import { checkPercentStatus } from './tasks.progress.ts';

describe('percent and status agree', () => {
  const field = (percent: number, status: Parameters<typeof checkPercentStatus>[1]) => {
    try {
      checkPercentStatus(percent, status);
      return null;
    } catch (error) {
      const e = error as { statusCode: number; code: string; fields: { field: string }[] };
      return `${e.statusCode} ${e.code} ${e.fields[0]!.field}`;
    }
  };

  it('100 % ⇔ completed; 0 % is never completed; above 0 % is never "not started"', () => {
    expect(field(100, 'completed')).toBeNull();
    expect(field(0, 'not_started')).toBeNull();
    expect(field(0, 'on_track')).toBeNull();
    expect(field(40, 'delayed')).toBeNull();
    expect(field(99.5, 'completed')).toBe('400 tasks.progress.completed_not_full percent');
    expect(field(0, 'completed')).toBe('400 tasks.progress.completed_not_full percent');
    expect(field(100, 'on_track')).toBe('400 tasks.progress.full_not_completed status');
    expect(field(100, 'not_started')).toBe('400 tasks.progress.full_not_completed status');
    expect(field(5, 'not_started')).toBe('400 tasks.progress.started_not_started status');
  });
});

describe('updating a share', () => {
  let ctx: TestContext;
  let liaison: Session;
  beforeAll(async () => {
    ctx = await createTestContext();
    await createUser(ctx.database.appDb, 'prog.liaison', [{ role: 'liaison', memberCode: '320000' }]);
    liaison = await login(ctx.app, 'prog.liaison');
  });
  afterAll(() => ctx.close());

  it('checks the share as it would be after the change, naming the field', async () => {
    const taskId = await makeTask(ctx.deps, await makePlan(ctx.deps), { leadMemberCode: '320000', participantMemberCodes: [] });
    const share = await shareOf(ctx.deps, taskId, '320000'); // not started, 0 %
    const patch = (payload: object, locale = 'zh-CN') =>
      ctx.app.inject({ method: 'PATCH', url: `/api/v1/shares/${share.id}`, headers: { ...liaison.headers, 'accept-language': locale }, payload: { version: share.version, ...payload } });
    const percentOnly = await patch({ percent: 30 }); // still "not started"
    expect(percentOnly.statusCode).toBe(400);
    expect(percentOnly.json().error).toMatchObject({ code: 'tasks.progress.started_not_started', fields: [{ field: 'status', rule: 'tasks.progress.started_not_started' }] });
    expect(percentOnly.json().error.message).toBe('进度大于 0 时，状态不能为“未开始”。');
    const completedEarly = await patch({ status: 'completed' });
    expect(completedEarly.json().error).toMatchObject({ code: 'tasks.progress.completed_not_full', fields: [{ field: 'percent' }] });
    const fullNotDone = await patch({ percent: 100, status: 'on_track' });
    expect(fullNotDone.json().error.fields[0].field).toBe('status');
    expect((await patch({ notes: '只改说明' })).statusCode).toBe(200); // progress untouched: no check
    const done = await ctx.app.inject({ method: 'PATCH', url: `/api/v1/shares/${share.id}`, headers: liaison.headers, payload: { version: share.version + 1, percent: 100, status: 'completed' } });
    expect(done.statusCode, done.body).toBe(200);
    const stored = await shareOf(ctx.deps, taskId, '320000');
    expect({ percent: Number(stored.percent), status: stored.status }).toEqual({ percent: 100, status: 'completed' });
  });
});
