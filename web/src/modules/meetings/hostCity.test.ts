import { describe, expect, it } from 'vitest';
import type { City } from '../../api/types.ts';
import { cityFitsHost, hostCityAfterMemberChange, hostCityChoices } from './hostCity.ts';

const city = (code: string, memberCode: string): City => ({ code, memberCode, nameZh: code, nameEn: code, memberShortZh: '', memberShortEn: '' });
const CITIES = [city('310000', '310000'), city('320100', '320000'), city('320500', '320000'), city('340100', '340000'), city('340200', '340000')];

describe('host city of a meeting', () => {
  it('offers only the host member’s cities, or all while no member is chosen', () => {
    expect(hostCityChoices(CITIES, '320000').map((c) => c.code)).toEqual(['320100', '320500']);
    expect(hostCityChoices(CITIES, undefined)).toHaveLength(5);
  });

  it('clears a city outside the new member, keeps one inside, and picks a municipality’s only city', () => {
    expect(hostCityAfterMemberChange(CITIES, '320500', '340000')).toBeUndefined();
    expect(hostCityAfterMemberChange(CITIES, '320500', '320000')).toBe('320500');
    expect(hostCityAfterMemberChange(CITIES, '320500', '310000')).toBe('310000');
    expect(hostCityAfterMemberChange(CITIES, undefined, '320000')).toBeUndefined();
    expect(hostCityAfterMemberChange(CITIES, '320500', undefined)).toBeUndefined();
  });

  it('says whether a city fits the host member', () => {
    expect(cityFitsHost(CITIES, '320100', '320000')).toBe(true);
    expect(cityFitsHost(CITIES, '320100', '340000')).toBe(false);
    expect(cityFitsHost(CITIES, '999999', '340000')).toBe(false);
    expect(cityFitsHost(CITIES, '320100', undefined)).toBe(true);
  });
});
