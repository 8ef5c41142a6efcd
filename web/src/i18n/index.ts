/**
 * i18next with the two working languages. Chinese is the working language and
 * the default; English is a full second language. The choice is remembered in
 * localStorage (anonymous) and in the user's preferences (signed in, see the
 * session). Every switch also moves dayjs, the <html lang> attribute and the
 * Accept-Language of API calls, so server messages follow the UI.
 */
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setRequestLanguage } from '../api/client.ts';
import { LOCALES, type Locale } from '../api/types.ts';
import { en } from './en/index.ts';
import { zhCN } from './zh-CN/index.ts';

const STORAGE_KEY = 'yrd.locale';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage blocked (privacy mode): fall back quietly
  }
}

function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits; the current page still switches.
  }
}

function applySideEffects(locale: Locale): void {
  document.documentElement.lang = locale;
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  setRequestLanguage(locale);
  document.title = i18n.t('app.documentTitle');
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Switches the UI language and remembers it in this browser. */
export async function changeLocale(locale: Locale): Promise<void> {
  rememberLocale(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

i18n.on('languageChanged', (language) => {
  if (isLocale(language)) applySideEffects(language);
});

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  load: 'currentOnly', // no lookups of a bare 'zh'
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false, // resources are bundled: ready before the first render
});
applySideEffects(currentLocale());

export default i18n;
