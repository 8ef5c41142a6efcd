/** Which scopes a user is offered for entering values, and how scopes are named and grouped. */
import { describe, expect, it } from 'vitest';
import type { City, CurrentUser, Member, RoleName } from '../../api/types.ts';
import type { Reference } from '../region/reference.ts';
import { canWriteObservation, writableScopes } from './access.ts';
import { formatValue, scopeName, scopeOptions } from './labels.ts';

const member = (code: string, nameZh: string, nameEn: string): Member =>
  ({ code, regionId: 'r', kind: code === '310000' ? 'municipality' : 'province', nameZh, nameEn, shortZh: nameZh, shortEn: nameEn, cityCount: 1 }) as Member;
const city = (code: string, memberCode: string, nameZh: string, nameEn: string, memberShortEn: string): City =>
  ({ code, memberCode, nameZh, nameEn, memberShortZh: '', memberShortEn }) as City;

const members = [member('310000', '上海市', 'Shanghai'), member('320000', '江苏省', 'Jiangsu'), member('340000', '安徽省', 'Anhui')];
const cities = [
  city('310000', '310000', '上海市', 'Shanghai', 'Shanghai'),
  city('320500', '320000', '苏州市', 'Suzhou', 'Jiangsu'),
  city('341300', '340000', '宿州市', 'Suzhou', 'Anhui'),
];
const reference = {
  members,
  cities,
  bodies: [],
  memberByCode: new Map(members.map((m) => [m.code, m])),
  cityByCode: new Map(cities.map((c) => [c.code, c])),
  bodyByCode: new Map(),
} as unknown as Reference;

const user = (...grants: [RoleName, string | null][]): CurrentUser =>
  ({ id: 'u', username: 'u', displayName: 'u', locale: 'zh-CN', mustChangePassword: false, isDemo: false, roles: grants.map(([role, memberCode], i) => ({ id: String(i), role, memberCode, bodyCode: null })) }) as CurrentUser;

describe('writable scopes', () => {
  it('offers the Office every scope of the level, the region included', () => {
    const office = user(['office', null]);
    expect(writableScopes({ level: 'region' }, reference, office)).toEqual(['region']);
    expect(writableScopes({ level: 'member' }, reference, office)).toEqual(['310000', '320000', '340000']);
    expect(writableScopes({ level: 'city' }, reference, office)).toEqual(['310000', '320500', '341300']);
  });

  it('offers a liaison or editor only their own member and its cities, never the region', () => {
    const jiangsu = user(['liaison', '320000']);
    expect(writableScopes({ level: 'region' }, reference, jiangsu)).toEqual([]);
    expect(writableScopes({ level: 'member' }, reference, jiangsu)).toEqual(['320000']);
    expect(writableScopes({ level: 'city' }, reference, jiangsu)).toEqual(['320500']);
    expect(writableScopes({ level: 'city' }, reference, user(['editor', '340000']))).toEqual(['341300']);
  });

  it('offers an observer nothing, and lets only the own member correct a stored value', () => {
    const observer = user(['observer', null]);
    expect(writableScopes({ level: 'member' }, reference, observer)).toEqual([]);
    expect(canWriteObservation({ memberCode: '320000', scopeCode: '320500' }, user(['editor', '320000']))).toBe(true);
    expect(canWriteObservation({ memberCode: '340000', scopeCode: '341300' }, user(['editor', '320000']))).toBe(false);
    expect(canWriteObservation({ memberCode: null, scopeCode: 'region' }, user(['liaison', '320000']))).toBe(false);
    expect(canWriteObservation({ memberCode: null, scopeCode: 'region' }, user(['office', null]))).toBe(true);
  });
});

describe('scope names and options', () => {
  it('names the two Suzhou apart in English and by their characters in Chinese', () => {
    expect(scopeName('320500', reference, 'en', 'Region')).toBe('Suzhou (Jiangsu)');
    expect(scopeName('341300', reference, 'en', 'Region')).toBe('Suzhou (Anhui)');
    expect(scopeName('341300', reference, 'zh-CN', '全域')).toBe('宿州市');
    expect(scopeName('region', reference, 'zh-CN', '全域')).toBe('全域');
  });

  it('reads a municipality code as a member at member level and as a city at city level', () => {
    expect(scopeOptions('member', ['310000', '320000'], reference, 'zh-CN', '全域')).toEqual([
      { value: '310000', label: '上海市' },
      { value: '320000', label: '江苏省' },
    ]);
    const grouped = scopeOptions('city', ['310000', '320500', '341300'], reference, 'zh-CN', '全域');
    expect(grouped.map((g) => g.label)).toEqual(['上海市', '江苏省', '安徽省']);
    expect(grouped[1]).toMatchObject({ options: [{ value: '320500', label: '苏州市 · 320500' }] });
  });

  it('writes a value with its unit', () => {
    expect(formatValue(41.5, { unitZh: '%', unitEn: '%' }, 'zh-CN')).toBe('41.5%');
    expect(formatValue(1203, { unitZh: '万人', unitEn: '10,000 people' }, 'en')).toBe('1,203 10,000 people');
    expect(formatValue(null, { unitZh: '%', unitEn: '%' }, 'en')).toBe('—');
  });
});
