import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types.ts';

/** The UI language, re-rendering the component when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}
