import { describe, expect, it } from 'vitest';
import { catalogueKeys, localeFromAcceptLanguage, translate } from './messages.ts';

describe('server messages', () => {
  it('have every code in both languages', () => {
    expect(catalogueKeys('en').sort()).toEqual(catalogueKeys('zh-CN').sort());
  });

  it('fill in parameters', () => {
    expect(translate('en', 'auth.locked', { minutes: 15 })).toBe('Too many failed sign-ins. Try again in 15 minutes.');
    expect(translate('zh-CN', 'auth.locked', { minutes: 15 })).toBe('登录失败次数过多，请于 15 分钟后再试。');
  });

  it('pick the language from Accept-Language, zh-CN by default', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('zh-CN');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('fr-FR, en;q=0.5, zh-TW;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('de')).toBe('zh-CN');
  });
});
