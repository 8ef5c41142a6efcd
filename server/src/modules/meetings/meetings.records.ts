/**
 * Loads real meeting records taken from source documents (data/records/*.json,
 * files with a "meetings" list): not demo data. Each meeting is created once
 * (by its record key) with its participants, agenda and decisions. A decision
 * that adopted a plan already loaded from the same source is linked to the
 * plan's recorded transition, so the plan history names the decision (the
 * decisions and plans modules write their own tables: recordSourceDecisionIn).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { Type, type Static } from 'typebox';
import type { AppDeps } from '../../app-deps.ts';
import type { MeetingType } from '../../db/schema.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { recordSourceDecisionIn } from '../decisions/decisions.usecases.ts';
import * as repo from './meetings.repository.ts';

const Str = Type.String();
const Opt = <T extends Parameters<typeof Type.Optional>[0]>(t: T) => Type.Optional(t);
const NullableStr = Type.Union([Type.String(), Type.Null()]);
const Participant = Type.Object({
  nameZh: Str, nameEn: Opt(Str), titleZh: Opt(Str), titleEn: Opt(Str), memberCode: Opt(NullableStr), organisation: Opt(Str),
  role: Type.Union([Type.Literal('attendee'), Type.Literal('presider'), Type.Literal('speaker'), Type.Literal('invited_guest')]),
});
const Effect = Type.Union([
  Type.Object({ kind: Type.Literal('adopt_plan'), planCode: Str, to: Type.Union([Type.Literal('adopted_in_principle'), Type.Literal('adopted'), Type.Literal('in_force')]) }),
  Type.Object({ kind: Type.Literal('fix_next_host'), year: Type.Integer(), memberCode: Str, cityCode: Opt(Str) }),
]);
const MeetingRecord = Type.Object({
  key: Type.String({ minLength: 1 }), parentKey: Opt(Str),
  type: Type.Union(['annual_symposium', 'joint_meeting', 'sg_symposium', 'research_symposium', 'working_group', 'forum', 'results_conference', 'site_visit'].map((t) => Type.Literal(t))),
  tier: Type.Union([Type.Literal('decision'), Type.Literal('coordination'), Type.Literal('execution')]),
  bodyCode: Opt(NullableStr), hostMemberCode: Opt(NullableStr), hostCityCode: Opt(NullableStr),
  startsAt: Type.String({ format: 'date-time' }), endsAt: Type.String({ format: 'date-time' }),
  // False when the source gives the day only: the times above are then nominal (for order and calendars) and shown as dates.
  timeOfDayKnown: Opt(Type.Boolean()),
  venueZh: Opt(Str), venueEn: Opt(Str), titleZh: Str, titleEn: Opt(Str), themeZh: Opt(Str), themeEn: Opt(Str),
  participants: Opt(Type.Array(Participant)), agenda: Opt(Type.Array(Type.Object({ titleZh: Str, titleEn: Opt(Str) }))),
  decisions: Opt(Type.Array(Type.Object({ titleZh: Str, titleEn: Opt(Str), decidedAt: Type.String({ format: 'date-time' }), timeOfDayKnown: Opt(Type.Boolean()), effects: Type.Array(Effect) }))),
});
const MeetingRecordFile = Type.Object({ source: Str, meetings: Type.Array(MeetingRecord) });
type MeetingRecordFile = Static<typeof MeetingRecordFile>;
type MeetingRecord = Static<typeof MeetingRecord>;

export function readMeetingRecordFiles(dir: string): { file: string; records: MeetingRecordFile }[] {
  if (!fs.existsSync(dir)) return [];
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile(MeetingRecordFile);
  return fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort().flatMap((name) => {
    const file = path.join(dir, name);
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (!('meetings' in raw)) return [];
    if (!validate(raw)) throw new Error(`Record file ${file} is not valid: ${ajv.errorsText(validate.errors)}`);
    return [{ file, records: raw as MeetingRecordFile }];
  });
}

/** Loads the meetings of a record file that are not loaded yet (parents before their sessions). Returns how many were created. */
export async function loadMeetingRecords(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor }, records: MeetingRecordFile): Promise<number> {
  let created = 0;
  const ordered = [...records.meetings].sort((a, b) => Number(Boolean(a.parentKey)) - Number(Boolean(b.parentKey)));
  for (const m of ordered) {
    if (await repo.findMeetingIdByRecordKey(deps.db, m.key)) continue;
    await auditedTransaction(deps, async (trx, audit) => {
      const now = deps.clock.now();
      const parentId = m.parentKey ? await repo.findMeetingIdByRecordKey(trx, m.parentKey) : undefined;
      if (m.parentKey && !parentId) throw new Error(`Meeting record ${m.key}: unknown parent ${m.parentKey}`);
      const id = await repo.insertMeeting(trx, {
        type: m.type as MeetingType, tier: m.tier, body_code: m.bodyCode ?? null, host_member_code: m.hostMemberCode ?? null, host_city_code: m.hostCityCode ?? null,
        starts_at: m.startsAt, ends_at: m.endsAt, venue_zh: m.venueZh ?? '', venue_en: m.venueEn ?? '', title_zh: m.titleZh, title_en: m.titleEn ?? '',
        theme_zh: m.themeZh ?? '', theme_en: m.themeEn ?? '', parent_meeting_id: parentId ?? null, record_key: m.key, time_of_day_known: m.timeOfDayKnown ?? true, status: 'held', is_demo: false, created_at: now, updated_at: now,
      });
      await repo.insertParticipants(trx, id, m.participants ?? []);
      await repo.insertAgenda(trx, id, m.agenda ?? []);
      for (const d of m.decisions ?? []) await recordSourceDecisionIn(trx, audit, deps.actor, now, id, d);
      audit({ action: 'meeting.create', objectType: 'meeting', objectId: id, summary: { recordKey: m.key, source: records.source } });
    });
    created += 1;
  }
  return created;
}
