/**
 * The web's API types are the server's OpenAPI document (generated/openapi.d.ts):
 * these assertions are checked by `tsc -p web/tsconfig.json` (expectTypeOf) and
 * by vitest, so a helper that stopped following the document fails here.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { operations } from './generated/openapi.d.ts';
import type { ApiBody, ApiItem, ApiQuery, ApiResult } from './openapi.ts';
import { isOneOf, PLAN_STATUSES, WORK_STATUSES, type TaskDetail, type TaskFilters, type UpdateShareInput, type WorkStatus } from './types.ts';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

describe('types taken from the OpenAPI document', () => {
  it('answers with the operation’s success status: 200, or 201 for a creation', () => {
    expectTypeOf<ApiResult<'tasks.get'>>().toEqualTypeOf<Json<operations['tasks.get']['responses'][200]>>();
    expectTypeOf<ApiResult<'tasks.create'>>().toEqualTypeOf<Json<operations['tasks.create']['responses'][201]>>();
    expectTypeOf<ApiItem<'tasks.list'>>().toEqualTypeOf<Json<operations['tasks.list']['responses'][200]>['items'][number]>();
  });

  it('names the screens’ types after the server’s schemas, not copies of them', () => {
    expectTypeOf<TaskDetail>().toEqualTypeOf<ApiResult<'tasks.get'>>();
    expectTypeOf<UpdateShareInput>().toEqualTypeOf<ApiBody<'tasks.updateShare'>>();
    expectTypeOf<TaskFilters>().toEqualTypeOf<Omit<ApiQuery<'tasks.list'>, 'cursor' | 'limit'>>();
    expectTypeOf<WorkStatus>().toEqualTypeOf<'not_started' | 'on_track' | 'at_risk' | 'delayed' | 'completed'>();
  });

  it('narrows a value the document types as a plain string to a known list, and only to it', () => {
    expect(isOneOf(WORK_STATUSES, 'on_track')).toBe(true);
    expect(isOneOf(WORK_STATUSES, 'adopted')).toBe(false);
    expect(isOneOf(PLAN_STATUSES, 'adopted')).toBe(true);
    expect(WORK_STATUSES).toHaveLength(5);
  });
});
