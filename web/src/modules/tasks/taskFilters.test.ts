/** The task filters in the page address: what is kept, what is dropped, and the query the server gets. */
import { describe, expect, it } from 'vitest';
import { filtersFromParams, normalizeFilters, taskListPath } from './taskFilters.ts';
import { taskQuery } from './tasksApi.ts';

const AREA = '49e8562e-96c4-4299-995a-ab05e1ec1b10';

describe('task filters', () => {
  it('reads repeated statuses and drops values the server would refuse', () => {
    const filters = filtersFromParams(new URLSearchParams(`status=delayed&status=bogus&status=at_risk&flag=purple&areaId=${AREA}&overdue=true&memberCode=32`));
    expect(filters).toEqual({
      planId: undefined,
      areaId: AREA,
      memberCode: undefined,
      memberRole: undefined,
      status: ['delayed', 'at_risk'],
      flag: undefined,
      overdue: true,
      q: undefined,
      sort: undefined,
    });
  });

  it("keeps the dashboard's drill-down filters: the due year and the member's own share status", () => {
    const query = 'memberCode=330000&memberRole=any&dueYear=2026&shareStatus=at_risk&shareStatus=delayed';
    const filters = filtersFromParams(new URLSearchParams(query));
    expect(filters).toMatchObject({ memberCode: '330000', dueYear: 2026, shareStatus: ['at_risk', 'delayed'] });
    expect(taskListPath(filters)).toBe(`/tasks?${query}`);
    expect(normalizeFilters({ dueYear: '26', shareStatus: ['bogus'] })).toMatchObject({ dueYear: undefined, shareStatus: undefined });
  });

  it('keeps the member role only with a member', () => {
    expect(normalizeFilters({ memberRole: 'lead' }).memberRole).toBeUndefined();
    expect(normalizeFilters({ memberCode: '320000', memberRole: 'lead' }).memberRole).toBe('lead');
  });

  it('writes status once per value, so a board cell or a saved view round-trips', () => {
    const query = taskQuery({ areaId: AREA, memberCode: '310000', memberRole: 'any', flag: 'red', status: ['on_track', 'delayed'], q: ' 太湖 ' });
    expect(query).toBe(`areaId=${AREA}&memberCode=310000&memberRole=any&status=on_track&status=delayed&flag=red&q=%E5%A4%AA%E6%B9%96`);
    expect(taskListPath(filtersFromParams(new URLSearchParams(query)))).toBe(`/tasks?${query}`);
    expect(taskListPath({})).toBe('/tasks');
  });

  it("keeps the board's filters: tasks without a focus area, yellow-only and unflagged tasks", () => {
    const filters = filtersFromParams(new URLSearchParams('areaId=none&memberCode=320000&memberRole=any&flag=yellow_only'));
    expect(filters).toMatchObject({ areaId: 'none', memberCode: '320000', flag: 'yellow_only' });
    expect(normalizeFilters({ flag: 'none' }).flag).toBe('none');
    expect(normalizeFilters({ areaId: 'nowhere' }).areaId).toBeUndefined();
  });
});
