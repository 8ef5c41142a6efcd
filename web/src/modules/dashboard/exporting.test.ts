/** Chart exports: the workbook holds the chart's table as shown, numbers as numbers; names are safe. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { safeFileName, sheetName, tableToXlsx } from './exporting.ts';

describe('chart exports', () => {
  it('writes the table to one sheet: a header row, then the rows with numbers kept as numbers', async () => {
    const blob = await tableToXlsx(
      { columns: ['重点领域', '任务数', '平均进度'], rows: [['科技创新', 12, 62.5], ['未归入领域', 0, null]] },
      '各重点领域任务进展: 2026 / A*B',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await blob.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('各重点领域任务进展  2026   A B');
    expect(sheet.getRow(1).values).toEqual([undefined, '重点领域', '任务数', '平均进度']);
    expect(sheet.getRow(2).values).toEqual([undefined, '科技创新', 12, 62.5]);
    expect(sheet.getRow(3).getCell(1).value).toBe('未归入领域');
    expect(sheet.getRow(3).getCell(2).value).toBe(0);
    expect(sheet.rowCount).toBe(3);
  });

  it('makes file and sheet names that file systems and Excel accept', () => {
    expect(safeFileName('tasks by area: 2026/Q1')).toBe('tasks-by-area-2026-Q1');
    expect(safeFileName('???')).toBe('chart');
    expect(sheetName('a'.repeat(40))).toHaveLength(31);
    expect(sheetName('[]')).toBe('Sheet1');
  });
});
