/** Members, cities and bodies of meetings, named in the current language (codes identify, names display). */
import { useCallback } from 'react';
import { cityName } from '../region/labels.ts';
import { useWorkNames } from '../tasks/MemberTags.tsx';

export function useMeetingNames() {
  const names = useWorkNames();
  const { reference, locale, member } = names;
  const city = useCallback(
    (code: string | null | undefined) => {
      if (!code) return '—';
      const found = reference?.cityByCode.get(code);
      return found ? cityName(found, locale) : code;
    },
    [reference, locale],
  );
  /** "浙江省 · 温州市" / "Wenzhou (Zhejiang)" (the English city name already says its member); a municipality is named once. */
  const host = useCallback(
    (memberCode: string | null, cityCode: string | null) => {
      if (!memberCode && !cityCode) return '—';
      if (!cityCode || cityCode === memberCode) return member(memberCode);
      if (locale === 'en' && reference?.cityByCode.get(cityCode)?.memberCode === memberCode) return city(cityCode);
      return memberCode ? `${member(memberCode)} · ${city(cityCode)}` : city(cityCode);
    },
    [member, city, locale, reference],
  );
  return { ...names, city, host };
}
