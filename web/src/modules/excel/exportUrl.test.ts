import { describe, expect, it } from 'vitest';
import { exportTestId, exportUrl } from './exportUrl.ts';

describe('list export address', () => {
  it('sends the filters on screen: empty ones left out, false kept, arrays repeated', () => {
    expect(exportUrl('/api/v1/decisions/export.xlsx', { year: 2026, implemented: false, meetingId: undefined, q: '' })).toBe('/api/v1/decisions/export.xlsx?year=2026&implemented=false');
    expect(exportUrl('/api/v1/excel/tasks-export', { status: ['overdue', 'done'], q: ' 太湖 ' })).toBe(`/api/v1/excel/tasks-export?status=overdue&status=done&q=${encodeURIComponent('太湖')}`);
    expect(exportUrl('/api/v1/agreements/export.xlsx', { status: undefined })).toBe('/api/v1/agreements/export.xlsx');
  });

  it('names the button after the list', () => {
    expect(exportTestId('/api/v1/meetings/export.xlsx')).toBe('meetings-export');
    expect(exportTestId('/api/v1/excel/tasks-export')).toBe('tasks-export');
  });
});
