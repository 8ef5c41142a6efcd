/**
 * Display names in the current language. Names are not unique (two Suzhou,
 * two Taizhou): codes identify, names display. In English a city also names
 * its member ("Suzhou (Jiangsu)"), since the Chinese characters that tell
 * 苏州 from 宿州 are lost in transliteration.
 */
import type { Body, City, Locale, Member } from '../../api/types.ts';

interface Bilingual {
  nameZh: string;
  nameEn: string;
}

export function localName(item: Bilingual, locale: Locale): string {
  return locale === 'en' ? item.nameEn : item.nameZh;
}

export function memberName(member: Member, locale: Locale): string {
  return localName(member, locale);
}

/** Options of a member select: the code is the value, the name the label. */
export function memberOptions(members: readonly Member[], locale: Locale): { value: string; label: string }[] {
  return members.map((m) => ({ value: m.code, label: memberName(m, locale) }));
}

/** Short form for tags and tight columns: 苏 / Jiangsu. */
export function memberShortName(member: Member, locale: Locale): string {
  return locale === 'en' ? member.shortEn : member.nameZh;
}

export function cityName(city: City, locale: Locale): string {
  if (locale !== 'en') return city.nameZh;
  // A municipality is its own only city: "Shanghai (Shanghai)" would say nothing.
  return city.code === city.memberCode ? city.nameEn : `${city.nameEn} (${city.memberShortEn})`;
}

export function bodyName(body: Body, locale: Locale): string {
  return localName(body, locale);
}

export function bodyDescription(body: Body, locale: Locale): string {
  return locale === 'en' ? body.descriptionEn : body.descriptionZh;
}
