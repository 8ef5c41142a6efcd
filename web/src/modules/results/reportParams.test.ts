/** The report chosen by the address: defaults, lenient reading, and what is sent to the API and the print job. */
import { describe, expect, it } from 'vitest';
import { choiceParams, lastFullQuarter, printJobOf, readChoice, reportKey, tableOfContents } from './reportParams.ts';

const read = (search: string, today = '2026-12-05') => readChoice(new URLSearchParams(search), today);

describe('results report choice', () => {
  it('defaults to the annual report of the last full year', () => {
    expect(read('')).toEqual({ kind: 'annual', year: 2025, quarter: null, memberCode: null });
    expect(read('kind=annual&year=2024')).toEqual({ kind: 'annual', year: 2024, quarter: null, memberCode: null });
  });

  it('a quarterly bulletin defaults to the last finished quarter, across the new year', () => {
    expect(lastFullQuarter('2026-12-05')).toEqual({ year: 2026, quarter: 3 });
    expect(lastFullQuarter('2026-02-10')).toEqual({ year: 2025, quarter: 4 });
    expect(read('kind=quarterly')).toEqual({ kind: 'quarterly', year: 2026, quarter: 3, memberCode: null });
    expect(read('kind=quarterly', '2026-01-15')).toEqual({ kind: 'quarterly', year: 2025, quarter: 4, memberCode: null });
    expect(read('kind=quarterly&year=2023')).toMatchObject({ year: 2023, quarter: 4 });
    expect(read('kind=quarterly&year=2024&quarter=2')).toMatchObject({ year: 2024, quarter: 2 });
  });

  it('a member report defaults to the first member and keeps a chosen one', () => {
    expect(read('kind=member')).toMatchObject({ kind: 'member', memberCode: '310000', quarter: null });
    expect(read('kind=member&member=320000&year=2024')).toEqual({ kind: 'member', year: 2024, quarter: null, memberCode: '320000' });
  });

  it('reads hand-edited values leniently: unknown kind, bad year or quarter fall back', () => {
    expect(read('kind=weekly&year=abc')).toEqual({ kind: 'annual', year: 2025, quarter: null, memberCode: null });
    expect(read('year=1999').year).toBe(2025);
    expect(read('kind=quarterly&year=2024&quarter=5').quarter).toBe(4);
    expect(read('kind=member&member=31').memberCode).toBe('310000');
    // Parameters of another kind are dropped, not sent.
    expect(read('kind=annual&quarter=2&member=320000')).toEqual({ kind: 'annual', year: 2025, quarter: null, memberCode: null });
  });

  it('writes only what the kind uses to the address, the API query and the print job', () => {
    const quarterly = read('kind=quarterly&year=2024&quarter=2&member=320000');
    expect(choiceParams(quarterly)).toEqual({ kind: 'quarterly', year: '2024', quarter: '2' });
    expect(reportKey(quarterly)).toEqual({ kind: 'quarterly', year: 2024, quarter: 2 });
    expect(printJobOf(quarterly)).toEqual({ kind: 'results-quarterly', params: { year: '2024', quarter: '2' } });
    const member = read('kind=member&year=2024&member=340000');
    expect(choiceParams(member)).toEqual({ kind: 'member', year: '2024', member: '340000' });
    expect(reportKey(member)).toEqual({ kind: 'member', year: 2024, memberCode: '340000' });
    expect(printJobOf(member)).toEqual({ kind: 'results-member', params: { year: '2024', memberCode: '340000' } });
    expect(printJobOf(read('year=2024'))).toEqual({ kind: 'results-annual', params: { year: '2024' } });
  });

  it('the table of contents lists the level-1 headings in order', () => {
    expect(
      tableOfContents([
        { type: 'heading', level: 1, text: '前言', anchor: 'foreword' },
        { type: 'narrative', key: 'foreword', text: '' },
        { type: 'heading', level: 2, text: '细项', anchor: 'detail' },
        { type: 'heading', level: 1, text: '主要数据', anchor: 'figures' },
      ]),
    ).toEqual([
      { text: '前言', anchor: 'foreword' },
      { text: '主要数据', anchor: 'figures' },
    ]);
  });
});
