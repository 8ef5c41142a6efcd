/**
 * Turns what people type in a cell into the codes the platform keeps. Codes
 * identify, names display: a name is accepted only when it points at exactly
 * one record. Two pairs of cities share a romanisation — Suzhou (320500 苏州市,
 * Jiangsu / 341300 宿州市, Anhui) and Taizhou (321200 泰州市, Jiangsu / 331000
 * 台州市, Zhejiang) — and are easily swapped by a pinyin input method, so any
 * of their names is treated as ambiguous and the code is asked for.
 */
import { PRIORITIES, type Priority } from './excel.models.ts';
import type { ReferenceRows } from './excel.repository.ts';

export type Resolution<T> = { ok: true; value: T } | { ok: false; rule: string; params?: Record<string, string | number> };

interface Place {
  kind: 'member' | 'city';
  code: string;
  memberCode: string;
  nameZh: string;
  nameEn: string;
}

export interface Resolver {
  member(text: string): Resolution<string>;
  area(text: string): Resolution<string>;
  body(text: string): Resolution<string>;
  priority(text: string): Resolution<Priority>;
  /** Display forms used by the template's lists and the export: "320000 江苏省". */
  memberLabel(code: string): string;
  areaLabel(id: string): string;
}

/** Full-width forms folded (NFKC), spaces collapsed, Latin in lower case. */
export function normalise(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const stripSuffix = (name: string, suffixes: string[]) => {
  for (const suffix of suffixes) if (name.length > suffix.length && name.endsWith(suffix)) return name.slice(0, -suffix.length);
  return name;
};

/** "320000 江苏省" → ["320000", "江苏省"]; "rco" → ["rco", undefined]. */
function codeAndRest(text: string): [string, string | undefined] {
  const space = text.indexOf(' ');
  return space < 0 ? [text, undefined] : [text.slice(0, space), text.slice(space + 1)];
}

export function createResolver(ref: ReferenceRows): Resolver {
  const members = new Map(ref.members.map((m) => [m.code, m]));
  const places = new Map<string, Place>();
  for (const c of ref.cities) places.set(c.code, { kind: 'city', code: c.code, memberCode: c.member_code, nameZh: c.name_zh, nameEn: c.name_en });
  // A municipality is also its own city (310000): the member wins.
  for (const m of ref.members) places.set(m.code, { kind: 'member', code: m.code, memberCode: m.code, nameZh: m.name_zh, nameEn: m.name_en });

  const namesOf = new Map<string, Set<string>>();
  const byName = new Map<string, Set<string>>();
  const addName = (code: string, name: string) => {
    const key = normalise(name);
    if (!key) return;
    byName.set(key, (byName.get(key) ?? new Set()).add(code));
    namesOf.set(code, (namesOf.get(code) ?? new Set()).add(key));
  };
  for (const c of ref.cities) {
    for (const name of [c.name_zh, stripSuffix(c.name_zh, ['市']), c.name_en]) addName(c.code, name);
  }
  for (const m of ref.members) {
    for (const name of [m.name_zh, stripSuffix(m.name_zh, ['省', '市']), m.short_zh, m.name_en, m.short_en]) addName(m.code, name);
  }
  // Homonyms: every name of a city whose English name another city shares points at both.
  const byEnglish = new Map<string, string[]>();
  for (const c of ref.cities) byEnglish.set(normalise(c.name_en), [...(byEnglish.get(normalise(c.name_en)) ?? []), c.code]);
  for (const group of byEnglish.values()) {
    if (group.length < 2) continue;
    for (const code of group) for (const name of namesOf.get(code) ?? []) for (const other of group) byName.get(name)!.add(other);
  }

  const memberOf = (place: Place) => members.get(place.memberCode);
  const parentName = (place: Place, lang: 'zh' | 'en') => {
    const m = memberOf(place);
    return lang === 'zh' ? (m?.name_zh ?? '') : (m?.short_en ?? '');
  };
  const notAMember = (place: Place): Resolution<string> => {
    const m = memberOf(place);
    return {
      ok: false,
      rule: 'excel.not_a_member',
      params: { placeCode: place.code, placeZh: place.nameZh, placeEn: place.nameEn, memberCode: place.memberCode, memberZh: m?.name_zh ?? '', memberEn: m?.name_en ?? '' },
    };
  };

  function member(text: string): Resolution<string> {
    const t = normalise(text);
    const [first, rest] = codeAndRest(t);
    if (/^[0-9]{6}$/.test(first)) {
      const place = places.get(first);
      if (!place) return { ok: false, rule: 'excel.unknown_member' };
      if (rest !== undefined && !namesOf.get(place.code)?.has(rest)) {
        return { ok: false, rule: 'excel.code_name_mismatch', params: { code: place.code, expectedZh: place.nameZh, expectedEn: place.nameEn } };
      }
      return place.kind === 'member' ? { ok: true, value: place.code } : notAMember(place);
    }
    const codes = [...(byName.get(t) ?? [])].sort();
    const found = codes.map((code) => places.get(code)!);
    if (found.length === 0) return { ok: false, rule: 'excel.unknown_member' };
    if (found.length > 1) {
      return {
        ok: false,
        rule: 'excel.ambiguous_place',
        params: {
          candidatesZh: found.map((p) => `${p.code} ${p.nameZh}（${parentName(p, 'zh')}）`).join(' 或 '),
          candidatesEn: found.map((p) => `${p.code} ${p.nameEn} (${parentName(p, 'en')})`).join(' or '),
        },
      };
    }
    const place = found[0]!;
    return place.kind === 'member' ? { ok: true, value: place.code } : notAMember(place);
  }

  const areasByCode = new Map(ref.areas.map((a) => [a.code, a]));
  const areasById = new Map(ref.areas.map((a) => [a.id, a]));
  function area(text: string): Resolution<string> {
    const t = normalise(text);
    const [first] = codeAndRest(t);
    const byCode = areasByCode.get(first);
    if (/^[0-9]+(\.[0-9]+)*$/.test(first)) return byCode ? { ok: true, value: byCode.id } : { ok: false, rule: 'excel.unknown_area' };
    const named = ref.areas.filter((a) => normalise(a.name_zh) === t || normalise(a.name_en) === t);
    return named.length === 1 ? { ok: true, value: named[0]!.id } : { ok: false, rule: 'excel.unknown_area' };
  }

  function body(text: string): Resolution<string> {
    const t = normalise(text);
    const [first] = codeAndRest(t);
    const byCode = ref.bodies.find((b) => b.code.toLowerCase() === first);
    if (byCode) return { ok: true, value: byCode.code };
    const named = ref.bodies.filter((b) => normalise(b.name_zh) === t || normalise(b.name_en) === t);
    return named.length === 1 ? { ok: true, value: named[0]!.code } : { ok: false, rule: 'excel.unknown_body' };
  }

  const priorityWords = new Map<string, Priority>([
    ...PRIORITIES.flatMap((p) => [[p.value, p.value], [normalise(p.zh), p.value], [normalise(p.en), p.value]] as [string, Priority][]),
    ['medium', 'normal'], ['普通', 'normal'], ['一般', 'normal'], ['中等', 'normal'],
  ]);
  function priority(text: string): Resolution<Priority> {
    const t = normalise(text);
    const value = priorityWords.get(t) ?? priorityWords.get(codeAndRest(t)[0]);
    return value ? { ok: true, value } : { ok: false, rule: 'excel.bad_priority' };
  }

  return {
    member,
    area,
    body,
    priority,
    memberLabel: (code) => `${code} ${members.get(code)?.name_zh ?? ''}`.trim(),
    areaLabel: (id) => {
      const a = areasById.get(id);
      return a ? `${a.code} ${a.name_zh}` : '';
    },
  };
}

/** The lists offered as dropdowns in the template. */
export function dropdownLists(ref: ReferenceRows) {
  return {
    members: ref.members.map((m) => `${m.code} ${m.name_zh}`),
    areas: ref.areas.map((a) => `${a.code} ${a.name_zh}`),
    priorities: PRIORITIES.map((p) => `${p.value} ${p.zh}`),
    bodies: ref.bodies.map((b) => `${b.code} ${b.name_zh}`),
  };
}
