/**
 * The public projection of each record kind: a function that reads the record through its own
 * module's repository or use case and picks only public fields. Adding a kind means adding one
 * entry to PROJECTORS (the registers' are in publications.projectors-registers.ts); the
 * publications table and routes need no change.
 *
 * Personal data: no e-mail, phone, username or user id is ever read into a projection. Free text
 * (descriptions, decision bodies, clauses) is scrubbed of anything shaped like an e-mail address,
 * a phone number or a uuid. People appear in one place only: a meeting's participants who are
 * listed in the meeting record WITH an office title (e.g. 省长 / Governor) are published as office
 * holders (name, title, member), as the meeting's own record shows them; participants without a
 * title (staff, guests) are left out.
 *
 * Other records: a projection names no other record (a meeting's decisions, a task's plans, the tasks
 * behind a clause), since those may not be published; each is published on its own. Figures about
 * them (counts, progress) may appear.
 */
import type { Db } from '../../db/database.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import { findPlan, taskStatusCounts } from '../plans/plans.repository.ts';
import { findTask, milestonesOfTask, sharesOfTask } from '../tasks/tasks.repository.ts';
import { agendaOf, findMeeting, participantsOf } from '../meetings/meetings.repository.ts';
import { effectsOf, findDecision } from '../decisions/decisions.repository.ts';
import { getAgreement } from '../agreements/agreements.usecases.ts';
import { getMap, getSeries, listIndicators } from '../indicators/indicators.usecases.ts';
import { listBodies, listCities, listMembers } from '../region/region.repository.ts';
import { present, snapshotBase, type NamedCode, type PublicSnapshot, type SnapshotRow } from './publications.models.ts';
import { project as registerProject, risk, service } from './publications.projectors-registers.ts';
import { scrub } from './publications.scrub.ts';

type Q = Db | Trx;
export type Projector = (db: Q, recordId: string, names: RegionNames) => Promise<PublicSnapshot | undefined>;


export interface RegionNames { member: (code: string | null | undefined) => NamedCode | null; city: (code: string | null | undefined) => NamedCode | null; body: (code: string | null | undefined) => NamedCode | null }

export async function regionNames(db: Q): Promise<RegionNames> {
  const [members, cities, bodies] = await Promise.all([listMembers(db, undefined, 1000), listCities(db, { limit: 1000 }), listBodies(db, { limit: 5000 })]);
  const index = (rows: { code: string; name_zh: string; name_en: string }[]) => new Map(rows.map((r) => [r.code, { code: r.code, nameZh: r.name_zh, nameEn: r.name_en }]));
  const m = index(members);
  const c = index(cities);
  const b = index(bodies);
  const pick = (map: Map<string, NamedCode>) => (code: string | null | undefined) => (code ? (map.get(code) ?? { code, nameZh: code, nameEn: code }) : null);
  return { member: pick(m), city: pick(c), body: pick(b) };
}

const day = (d: Date | string | null | undefined) => (d == null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

const plan: Projector = async (db, id) => {
  const p = await findPlan(db, id);
  if (!p) return undefined;
  const counts = await taskStatusCounts(db, id);
  const total = counts.reduce((s, c) => s + Number(c.n), 0);
  const done = Number(counts.find((c) => c.status === 'completed')?.n ?? 0);
  return {
    ...snapshotBase('plan'), code: p.code, titleZh: p.title_zh, titleEn: p.title_en, summaryZh: scrub(p.description_zh), summaryEn: scrub(p.description_en),
    date: day(p.period_start), endDate: day(p.period_end), status: p.status, progress: total ? Math.round((done / total) * 1000) / 10 : null,
    sections: [{ key: 'taskStatus', rows: counts.map((c) => ({ zh: c.status, en: c.status, detailZh: String(c.n), detailEn: String(c.n), status: c.status })) }],
  };
};

const task: Projector = async (db, id, names) => {
  const t = await findTask(db, id);
  if (!t) return undefined;
  const [shares, milestones] = await Promise.all([sharesOfTask(db, id), milestonesOfTask(db, id)]);
  return {
    ...snapshotBase('task'), code: t.code, titleZh: t.title_zh, titleEn: t.title_en, summaryZh: scrub(t.description_zh), summaryEn: scrub(t.description_en),
    date: day(t.start_date), endDate: day(t.due_date), status: t.status, progress: Number(t.progress),
    members: present(shares.map((s) => names.member(s.member_code))),
    sections: [
      { key: 'shares', rows: shares.map((s): SnapshotRow => ({ zh: names.member(s.member_code)!.nameZh, en: names.member(s.member_code)!.nameEn, status: s.status, progress: Number(s.percent) })) },
      { key: 'milestones', rows: milestones.map((m): SnapshotRow => ({ zh: m.title_zh, en: m.title_en, date: day(m.due_date), status: m.completed_at ? 'completed' : null })) },
    ],
  };
};

const meeting: Projector = async (db, id, names) => {
  const m = await findMeeting(db, id);
  if (!m) return undefined;
  const [participants, agenda] = await Promise.all([participantsOf(db, id), agendaOf(db, id)]);
  const officeHolders = participants.filter((p) => p.title_zh.trim() !== '' || p.title_en.trim() !== '');
  return {
    ...snapshotBase('meeting'), titleZh: m.title_zh, titleEn: m.title_en, summaryZh: scrub(m.theme_zh), summaryEn: scrub(m.theme_en),
    date: day(m.starts_at), endDate: day(m.ends_at), status: m.status,
    members: present([names.member(m.host_member_code)]), cities: present([names.city(m.host_city_code)]), bodies: present([names.body(m.body_code)]),
    sections: [
      { key: 'venue', rows: m.venue_zh || m.venue_en ? [{ zh: scrub(m.venue_zh), en: scrub(m.venue_en) }] : [] },
      { key: 'agenda', rows: agenda.map((a) => ({ zh: a.title_zh, en: a.title_en })) },
      { key: 'officeHolders', rows: officeHolders.map((p) => ({ zh: `${p.name_zh}（${p.title_zh}）`, en: `${p.name_en || p.name_zh} (${p.title_en || p.title_zh})`, detailZh: names.member(p.member_code)?.nameZh ?? '', detailEn: names.member(p.member_code)?.nameEn ?? '' })) },
    ],
  };
};

const decision: Projector = async (db, id) => {
  const d = await findDecision(db, id);
  if (!d) return undefined;
  const effects = await effectsOf(db, id);
  return {
    ...snapshotBase('decision'), titleZh: d.title_zh, titleEn: d.title_en, summaryZh: scrub(d.body_zh), summaryEn: scrub(d.body_en), date: day(d.decided_at),
    sections: [
      { key: 'effects', rows: effects.map((e) => ({ zh: e.kind, en: e.kind, status: e.kind })) },
    ],
  };
};

const agreement: Projector = async (db, id, names) => {
  let d;
  try {
    d = await getAgreement({ db: db as Db, clock: undefined as never }, id);
  } catch {
    return undefined;
  }
  const tasks = new Map(d.tasks.map((t) => [t.id, t]));
  return {
    ...snapshotBase('agreement'), titleZh: d.agreement.title_zh, titleEn: d.agreement.title_en, date: day(d.agreement.signed_on ?? d.agreement.term_start),
    endDate: day(d.agreement.term_end), status: d.agreement.status,
    members: present(d.parties.map((p) => names.member(p.member_code))), bodies: present(d.parties.map((p) => names.body(p.body_code))),
    sections: [
      { key: 'term', rows: [{ zh: `${day(d.agreement.term_start) ?? '—'} — ${day(d.agreement.term_end) ?? '—'}`, en: `${day(d.agreement.term_start) ?? '—'} — ${day(d.agreement.term_end) ?? '—'}` }] },
      {
        key: 'clauses',
        rows: d.clauses.map((c) => {
          const linked = c.task_ids.flatMap((t) => (tasks.has(t) ? [tasks.get(t)!] : []));
          return {
            zh: scrub(c.text_zh), en: scrub(c.text_en || c.text_zh),
            ...(linked.length ? { progress: Math.round(linked.reduce((sum, t) => sum + Number(t.progress), 0) / linked.length) } : {}),
          };
        }),
      },
    ],
  };
};

/** The last periods kept in an indicator's published series (a chart, not a data dump). */
const SERIES_PERIODS = 12;

const indicator: Projector = async (db, id, names) => {
  const found = (await listIndicators({ db: db as Db } as never, {})).find((i) => i.id === id);
  if (!found) return undefined;
  const deps = { db: db as Db } as never;
  const series = await getSeries(deps, found.code, {});
  const periods = [...new Set(series.series.flatMap((s) => s.periods))].sort().slice(-SERIES_PERIODS);
  const scopeName = (code: string): NamedCode => (code === 'region' ? { code, nameZh: '全区域', nameEn: 'Region' } : (names.member(code) && /0000$/.test(code) ? names.member(code)! : names.city(code)!));
  const lines = series.series.filter((s) => s.periods.length > 0).map((s) => ({
    ...scopeName(s.scopeCode), values: periods.map((p) => { const i = s.periods.indexOf(p); return i < 0 ? null : (s.values[i] ?? null); }),
  }));
  const map = found.level === 'city' ? await getMap(deps, found.code, {}) : undefined;
  return {
    ...snapshotBase('indicator'), code: found.code, titleZh: found.name_zh, titleEn: found.name_en, summaryZh: scrub(found.definition_zh), summaryEn: scrub(found.definition_en),
    status: found.status,
    sections: [
      { key: 'source', rows: found.source_org_zh || found.source_org_en ? [{ zh: scrub(found.source_org_zh), en: scrub(found.source_org_en) }] : [] },
      { key: 'method', rows: found.method_notes_zh || found.method_notes_en ? [{ zh: scrub(found.method_notes_zh), en: scrub(found.method_notes_en) }] : [] },
    ],
    series: { unitZh: found.unit_zh, unitEn: found.unit_en, periods, lines },
    ...(map ? { map: { year: map.year, values: map.items.map((i) => ({ ...names.city(i.cityCode)!, value: i.value })) } } : {}),
  };
};

/** The extension point: kind → projector. A kind without an entry cannot be proposed (400 publications.unknown_kind). */
export const PROJECTORS: Record<string, Projector> = { plan, task, meeting, decision, agreement, indicator, service, project: registerProject, risk };

export async function project(db: Q, kind: string, recordId: string): Promise<PublicSnapshot | undefined> {
  const projector = PROJECTORS[kind];
  if (!projector) return undefined;
  return projector(db, recordId, await regionNames(db));
}
