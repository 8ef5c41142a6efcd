import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../config.ts';
import { readRegionFile } from '../region/region.usecases.ts';
import { parseDateCell } from './excel.parser.ts';
import type { ReferenceRows } from './excel.repository.ts';
import { createResolver } from './excel.resolve.ts';

/** The YRD reference data, straight from the region file (no database needed). */
function yrdReference(): ReferenceRows {
  const file = readRegionFile(path.join(projectRoot, 'data/regions/yrd.json'));
  return {
    members: file.members.map((m) => ({ code: m.code, name_zh: m.nameZh, name_en: m.nameEn, short_zh: m.shortZh, short_en: m.shortEn })),
    cities: file.members.flatMap((m) => m.cities.filter((c) => c.code !== m.code).map((c) => ({ code: c.code, member_code: m.code, name_zh: c.nameZh, name_en: c.nameEn }))),
    areas: [
      { id: 'area-1', code: '1', name_zh: '科技创新和产业创新跨区域协同', name_en: 'Cross-regional synergy of sci-tech and industrial innovation' },
      { id: 'area-1.2', code: '1.2', name_zh: '数字长三角', name_en: 'Digital YRD' },
    ],
    bodies: file.bodies.map((b) => ({ code: b.code, name_zh: b.nameZh, name_en: b.nameEn })),
  };
}

const resolve = createResolver(yrdReference());

describe('members by code or name', () => {
  it.each([
    ['310000', '310000'], ['上海', '310000'], ['上海市', '310000'], ['沪', '310000'], ['Shanghai', '310000'], ['shanghai municipality', '310000'],
    ['320000', '320000'], ['江苏省', '320000'], ['江苏', '320000'], ['苏', '320000'], ['JIANGSU', '320000'], ['Jiangsu Province', '320000'],
    ['浙江', '330000'], ['浙', '330000'], ['安徽省', '340000'], ['皖', '340000'], ['Anhui', '340000'],
    ['320000 江苏省', '320000'], ['３２００００', '320000'], ['  江苏省  ', '320000'],
  ])('%s → %s', (text, code) => {
    expect(resolve.member(text)).toEqual({ ok: true, value: code });
  });

  it.each(['苏州', '苏州市', 'Suzhou', 'suzhou', '宿州', '宿州市'])('%s is ambiguous (Suzhou): asks for the code, naming both', (text) => {
    const result = resolve.member(text);
    expect(result).toMatchObject({ ok: false, rule: 'excel.ambiguous_place' });
    expect(!result.ok && result.params).toMatchObject({
      candidatesZh: '320500 苏州市（江苏省） 或 341300 宿州市（安徽省）',
      candidatesEn: '320500 Suzhou (Jiangsu) or 341300 Suzhou (Anhui)',
    });
  });

  it.each(['泰州', 'Taizhou', '台州市'])('%s is ambiguous (Taizhou)', (text) => {
    const result = resolve.member(text);
    expect(result).toMatchObject({ ok: false, rule: 'excel.ambiguous_place' });
    expect(!result.ok && result.params?.candidatesZh).toBe('321200 泰州市（江苏省） 或 331000 台州市（浙江省）');
  });

  it('a city, by name or code, is not a member; the message names the member it belongs to', () => {
    expect(resolve.member('南京')).toMatchObject({ ok: false, rule: 'excel.not_a_member', params: { placeCode: '320100', memberCode: '320000', memberZh: '江苏省' } });
    expect(resolve.member('Wenzhou')).toMatchObject({ ok: false, rule: 'excel.not_a_member', params: { placeCode: '330300', memberCode: '330000' } });
    expect(resolve.member('320500')).toMatchObject({ ok: false, rule: 'excel.not_a_member', params: { placeZh: '苏州市', memberCode: '320000' } });
  });

  it('unknown names and codes, and a code whose name does not match', () => {
    expect(resolve.member('110000')).toMatchObject({ ok: false, rule: 'excel.unknown_member' });
    expect(resolve.member('Beijing')).toMatchObject({ ok: false, rule: 'excel.unknown_member' });
    expect(resolve.member('320000 浙江省')).toMatchObject({ ok: false, rule: 'excel.code_name_mismatch', params: { code: '320000', expectedZh: '江苏省' } });
  });
});

describe('areas, bodies and priorities', () => {
  it('areas by number, by the dropdown form, or by exact name', () => {
    expect(resolve.area('1.2')).toEqual({ ok: true, value: 'area-1.2' });
    expect(resolve.area('1.2 数字长三角')).toEqual({ ok: true, value: 'area-1.2' });
    expect(resolve.area('Digital YRD')).toEqual({ ok: true, value: 'area-1.2' });
    expect(resolve.area('9')).toMatchObject({ ok: false, rule: 'excel.unknown_area' });
  });

  it('bodies by code (any case), the dropdown form, or exact name', () => {
    expect(resolve.body('RCO')).toEqual({ ok: true, value: 'rco' });
    expect(resolve.body('rco 长三角区域合作办公室')).toEqual({ ok: true, value: 'rco' });
    expect(resolve.body('长三角区域合作办公室')).toEqual({ ok: true, value: 'rco' });
    expect(resolve.body('办公室')).toMatchObject({ ok: false, rule: 'excel.unknown_body' });
  });

  it.each([['高', 'high'], ['High', 'high'], ['high 高', 'high'], ['中', 'normal'], ['普通', 'normal'], ['low', 'low'], ['低', 'low']])('priority %s → %s', (text, value) => {
    expect(resolve.priority(text)).toEqual({ ok: true, value });
  });
});

describe('dates', () => {
  it.each([
    [{ text: '2025-06-30' }, '2025-06-30'],
    [{ text: '2025/6/3' }, '2025-06-03'],
    [{ text: '2025年6月30日' }, '2025-06-30'],
    [{ text: '2025-06-30', date: new Date(Date.UTC(2025, 5, 30)) }, '2025-06-30'],
    [{ text: '45838', number: 45838 }, '2025-06-30'],
    [{ text: '2024-02-29' }, '2024-02-29'],
  ])('%o → %s', (cell, value) => {
    expect(parseDateCell(cell)).toBe(value);
  });

  it.each(['2025-02-30', '2025-13-01', '30/06/2025', 'next week', '2025-6'])('%s is not a date', (text) => {
    expect(parseDateCell({ text })).toBeUndefined();
  });
});
