import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../test/excel-fixtures.ts';
import { neutralise, shanghaiLocal, writeListExport, type ListColumn, type ListExportMeta } from './excel.list-export.ts';

interface Item {
  title: string;
  amount: number;
  due: string | null;
  at: Date;
}

const columns: ListColumn<Item>[] = [
  { zh: '标题', en: 'Title', width: 30, value: (r) => r.title },
  { zh: '金额', en: 'Amount', kind: 'number', value: (r) => r.amount },
  { zh: '截止日期', en: 'Due', kind: 'date', value: (r) => r.due },
  { zh: '时间', en: 'At', kind: 'datetime', value: (r) => r.at },
];

const meta: ListExportMeta = {
  sheetZh: '会议',
  sheetEn: 'Meetings',
  exportedBy: '王主任 (office.a)',
  exportedAt: new Date('2026-03-02T01:00:00.000Z'),
  filters: { status: ['held', 'planned'], q: '=cmd', memberCode: undefined },
  source: '/api/v1/meetings/export.xlsx',
};

const at = new Date('2026-01-01T02:03:00.000Z');

async function sheets(buffer: Buffer) {
  const workbook = await loadWorkbook(buffer);
  const values = (i: number) => (workbook.worksheets[i]!.getSheetValues() as unknown[][]).slice(1).map((r) => (r ?? []).slice(1));
  return { workbook, list: values(0), about: values(1) };
}

describe('neutralise', () => {
  it('prefixes text a spreadsheet would evaluate, leaves the rest', () => {
    for (const bad of ['=1+1', '+41', '-2+3', '@SUM(A1)', '\t=x', '\r=x']) expect(neutralise(bad)).toBe(`'${bad}`);
    for (const fine of ['a=b', 'plain', '', '中文=1', "'quoted"]) expect(neutralise(fine)).toBe(fine);
  });
});

describe('writeListExport', () => {
  it('writes a bilingual frozen header, typed cells, neutralised text, a count row and the About sheet', async () => {
    const rows: Item[] = [
      { title: '=HYPERLINK("http://x")', amount: -5, due: '2026-06-30', at },
      { title: '+1', amount: 2.5, due: null, at },
      { title: '-1', amount: 0, due: null, at },
      { title: '@cmd', amount: 1, due: null, at },
      { title: 'a=b', amount: 3, due: null, at },
    ];
    const result = await writeListExport(meta, columns, rows);
    expect(result).toMatchObject({ count: 5, truncated: false });
    const { workbook, list, about } = await sheets(result.buffer);

    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('会议 Meetings');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(list[0]).toEqual(['标题\nTitle', '金额\nAmount', '截止日期\nDue', '时间\nAt']);
    expect(list.slice(1, 6).map((r) => r[0])).toEqual(['\'=HYPERLINK("http://x")', "'+1", "'-1", "'@cmd", 'a=b']);
    // Negative numbers stay numbers, not text.
    expect(list[1]![1]).toBe(-5);
    expect(list[2]![1]).toBe(2.5);
    expect(list[1]![2]).toEqual(new Date('2026-06-30T00:00:00.000Z'));
    // Date-times are Asia/Shanghai wall-clock (02:03Z → 10:03).
    expect(list[1]![3]).toEqual(new Date('2026-01-01T10:03:00.000Z'));
    expect(sheet.getRow(2).getCell(4).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('yyyy-mm-dd');
    // No cell anywhere holds a formula.
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(6 /* ValueType.Formula */)));
    expect(list[6]![0]).toBe('共 5 行。Total: 5 row(s).');
    expect(list).toHaveLength(7);

    expect(workbook.worksheets[1]!.name).toBe('导出说明 About');
    const byLabel = new Map(about.map((r) => [String(r[0]), r[1]]));
    expect(byLabel.get('导出时间 (UTC) Exported at (UTC)')).toBe('2026-03-02T01:00:00.000Z');
    expect(byLabel.get('导出时间（北京时间）Exported at (Asia/Shanghai)')).toBe('2026-03-02 09:00:00');
    expect(byLabel.get('导出人 Exported by')).toBe('王主任 (office.a)');
    expect(byLabel.get('来源 Source')).toBe('/api/v1/meetings/export.xlsx');
    expect(byLabel.get('行数 Rows')).toBe(5);
    expect(byLabel.get('筛选 Filter: 状态 Status')).toBe('held, planned');
    // Filter values are user text too.
    expect(byLabel.get('筛选 Filter: 关键词 Keyword')).toBe("'=cmd");
    // Filters left empty are not listed.
    expect([...byLabel.keys()].some((k) => k.includes('Member'))).toBe(false);
  });

  it('says so in a row when the cap cuts the list (batches from a walk)', async () => {
    async function* batches() {
      for (let b = 0; b < 3; b += 1) yield Array.from({ length: 4 }, (_, i) => ({ title: `t${b * 4 + i}`, amount: i, due: null, at }));
    }
    const result = await writeListExport({ ...meta, filters: {} }, columns, batches(), { cap: 6 });
    expect(result).toMatchObject({ count: 6, truncated: true });
    const { list, about } = await sheets(result.buffer);
    expect(list.slice(1, 7).map((r) => r[0])).toEqual(['t0', 't1', 't2', 't3', 't4', 't5']);
    expect(list[7]![0]).toBe('共 6 行。Total: 6 row(s).');
    expect(String(list[8]![0])).toContain('已达导出上限 6 行');
    expect(String(list[8]![0])).toContain('Export limit of 6 rows reached');
    const byLabel = new Map(about.map((r) => [String(r[0]), r[1]]));
    expect(byLabel.get('筛选条件 Filters')).toBe('无（全部）none (all)');
    expect(String(byLabel.get('已截断 Truncated'))).toContain('6');
  });

  it('reads Shanghai time as UTC+8 across midnight', () => {
    expect(shanghaiLocal(new Date('2026-12-31T20:30:00.000Z'))).toBe('2027-01-01 04:30:00');
  });
});
