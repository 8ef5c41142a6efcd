import type { AppDeps } from '../../app-deps.ts';
import type { MeetingTier, MeetingType, MinutesVerdict, ParticipantRole } from '../../db/schema.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { commonErrors } from '../../shared/errors.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import { auditedTransaction, type Trx } from '../audit/audit.usecases.ts';
import { bodyExists, findCity, memberExists } from '../region/region.repository.ts';
import { readRegionFile } from '../region/region.usecases.ts';
import { meetingsErrors } from './meetings.errors.ts';
import { isLiaisonOf } from './meetings.policies.ts';
import * as repo from './meetings.repository.ts';
import * as notices from './meetings.notices.ts';
import { proposeNextHost } from './meetings.rotation.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor };

export interface ParticipantInput {
  nameZh: string; nameEn?: string; titleZh?: string; titleEn?: string; memberCode?: string | null; organisation?: string; role: ParticipantRole;
}

export interface MeetingInput {
  type: MeetingType;
  tier: MeetingTier;
  bodyCode?: string | null;
  hostMemberCode?: string | null;
  hostCityCode?: string | null;
  startsAt: string;
  endsAt: string;
  venueZh?: string; venueEn?: string;
  titleZh: string; titleEn?: string;
  themeZh?: string; themeEn?: string;
  parentMeetingId?: string | null;
  status?: 'planned' | 'published' | 'held' | 'cancelled';
  participants?: ParticipantInput[];
  agenda?: { titleZh: string; titleEn?: string }[];
  isDemo?: boolean;
}

/** Codes a meeting names must exist, and its host city must lie in its host member: 400s naming the field, never a failed insert. */
async function checkReferences(
  trx: Trx,
  refs: { hostMemberCode?: string | null; hostCityCode?: string | null; bodyCode?: string | null; participants?: ParticipantInput[] },
) {
  if (refs.hostMemberCode && !(await memberExists(trx, refs.hostMemberCode))) throw meetingsErrors.unknownMember('hostMemberCode', refs.hostMemberCode);
  if (refs.hostCityCode) {
    const city = await findCity(trx, refs.hostCityCode);
    if (!city) throw meetingsErrors.unknownCity(refs.hostCityCode);
    if (refs.hostMemberCode && city.member_code !== refs.hostMemberCode) throw meetingsErrors.cityNotOfHost(refs.hostCityCode, refs.hostMemberCode);
  }
  if (refs.bodyCode && !(await bodyExists(trx, refs.bodyCode))) throw meetingsErrors.unknownBody(refs.bodyCode);
  for (const p of refs.participants ?? [])
    if (p.memberCode && !(await memberExists(trx, p.memberCode))) throw meetingsErrors.unknownMember('participants', p.memberCode);
}

export async function listMeetings(
  deps: Deps,
  query: { from?: string; to?: string; type?: MeetingType; tier?: MeetingTier; order?: 'asc' | 'desc'; limit?: number; cursor?: string },
) {
  const limit = query.limit ?? 200;
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | undefined;
  const rows = await repo.listMeetings(deps.db, { from: query.from, to: query.to, type: query.type, tier: query.tier, order: query.order ?? 'asc', limit: limit + 1, after });
  return pageOf(rows, limit, (m) => [m.starts_at.toISOString(), m.id]);
}

export async function createMeeting(deps: WriteDeps, input: MeetingInput): Promise<string> {
  if (new Date(input.endsAt) < new Date(input.startsAt)) throw meetingsErrors.endsBeforeStart();
  return auditedTransaction(deps, async (trx, audit) => {
    if (input.parentMeetingId && !(await repo.findMeeting(trx, input.parentMeetingId))) throw meetingsErrors.parentNotFound();
    await checkReferences(trx, input);
    const now = deps.clock.now();
    const id = await repo.insertMeeting(trx, {
      type: input.type, tier: input.tier, body_code: input.bodyCode ?? null, host_member_code: input.hostMemberCode ?? null,
      host_city_code: input.hostCityCode ?? null, starts_at: input.startsAt, ends_at: input.endsAt,
      venue_zh: input.venueZh ?? '', venue_en: input.venueEn ?? '', title_zh: input.titleZh, title_en: input.titleEn ?? '',
      theme_zh: input.themeZh ?? '', theme_en: input.themeEn ?? '', parent_meeting_id: input.parentMeetingId ?? null,
      status: input.status ?? 'planned', is_demo: input.isDemo ?? false, created_at: now, updated_at: now,
    });
    await repo.insertParticipants(trx, id, input.participants ?? []);
    await repo.insertAgenda(trx, id, input.agenda ?? []);
    audit({ action: 'meeting.create', objectType: 'meeting', objectId: id, summary: { type: input.type, tier: input.tier, titleZh: input.titleZh, startsAt: input.startsAt, participants: input.participants?.length ?? 0 } });
    return id;
  });
}

export type MeetingChanges = Partial<Omit<MeetingInput, 'isDemo'>> & { version: number };

/** Columns a change may touch, with the input field that carries each. */
const EDITABLE = {
  type: 'type', tier: 'tier', body_code: 'bodyCode', host_member_code: 'hostMemberCode', host_city_code: 'hostCityCode',
  venue_zh: 'venueZh', venue_en: 'venueEn', title_zh: 'titleZh', title_en: 'titleEn', theme_zh: 'themeZh', theme_en: 'themeEn',
  parent_meeting_id: 'parentMeetingId', status: 'status',
} as const satisfies Record<string, keyof MeetingInput>;

/**
 * The Office corrects or completes a meeting after it was created: facts,
 * status (e.g. cancelled), participants and agenda (each replaced as a whole).
 * Who took part is fixed once the minutes are final: the approvals rest on it.
 */
export async function updateMeeting(deps: WriteDeps, id: string, input: MeetingChanges) {
  await auditedTransaction(deps, async (trx, audit) => {
    const meeting = await repo.findMeetingForUpdate(trx, id);
    if (!meeting) throw meetingsErrors.notFound();
    if (meeting.version !== input.version) throw commonErrors.versionConflict(meeting.version);
    const startsAt = input.startsAt ? new Date(input.startsAt) : meeting.starts_at;
    const endsAt = input.endsAt ? new Date(input.endsAt) : meeting.ends_at;
    if (endsAt < startsAt) throw meetingsErrors.endsBeforeStart();
    if (input.parentMeetingId) {
      const parent = await repo.findMeeting(trx, input.parentMeetingId);
      if (!parent) throw meetingsErrors.parentNotFound();
      if (parent.id === id || parent.parent_meeting_id === id) throw meetingsErrors.parentCycle();
    }
    await checkReferences(trx, {
      hostMemberCode: input.hostMemberCode === undefined ? meeting.host_member_code : input.hostMemberCode,
      hostCityCode: input.hostCityCode === undefined ? meeting.host_city_code : input.hostCityCode,
      bodyCode: input.bodyCode, participants: input.participants,
    });
    if (input.participants && (await repo.currentMinutesForUpdate(trx, id))?.status === 'final') throw meetingsErrors.participantsFixed();

    const values: Record<string, unknown> = {};
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [column, field] of Object.entries(EDITABLE)) {
      const next = input[field];
      const current = meeting[column as keyof typeof meeting];
      if (next !== undefined && next !== current) {
        values[column] = next;
        changes[field] = { from: current, to: next };
      }
    }
    if (startsAt.getTime() !== meeting.starts_at.getTime()) [values.starts_at, changes.startsAt] = [startsAt, { from: meeting.starts_at.toISOString(), to: startsAt.toISOString() }];
    if (endsAt.getTime() !== meeting.ends_at.getTime()) [values.ends_at, changes.endsAt] = [endsAt, { from: meeting.ends_at.toISOString(), to: endsAt.toISOString() }];
    // A time the Office sets is known, even where the record gave the day only.
    if (!meeting.time_of_day_known && (values.starts_at || values.ends_at)) values.time_of_day_known = true;
    await repo.updateMeeting(trx, id, values, deps.clock.now());
    if (input.participants) await repo.replaceParticipants(trx, id, input.participants);
    if (input.agenda) await repo.replaceAgenda(trx, id, input.agenda);
    audit({
      action: 'meeting.update', objectType: 'meeting', objectId: id,
      summary: { changes, participants: input.participants?.length ?? null, agenda: input.agenda?.length ?? null },
    });
  });
  return getMeeting(deps, id);
}

export async function getMeeting(deps: Deps, id: string) {
  const meeting = await repo.findMeeting(deps.db, id);
  if (!meeting) throw meetingsErrors.notFound();
  const [participants, agenda, sessions, versions, members, decisions] = await Promise.all([
    repo.participantsOf(deps.db, id), repo.agendaOf(deps.db, id), repo.sessionsOf(deps.db, id),
    repo.minutesVersions(deps.db, id), repo.participatingMembers(deps.db, id), repo.decisionsOf(deps.db, id),
  ]);
  const approvals = await repo.approvalsOf(deps.db, versions.map((v) => v.id));
  return { meeting, participants, agenda, sessions, versions, approvals, approvingMembers: members, decisions };
}

export async function draftMinutes(deps: WriteDeps, meetingId: string, input: { bodyZh: string; bodyEn?: string }) {
  await auditedTransaction(deps, async (trx, audit) => {
    const meeting = await repo.findMeeting(trx, meetingId);
    if (!meeting) throw meetingsErrors.notFound();
    const current = await repo.currentMinutesForUpdate(trx, meetingId);
    if (current?.status === 'final') throw meetingsErrors.minutesFinal();
    const revision = (current?.revision ?? 0) + 1;
    const versionId = await repo.insertMinutes(trx, { meetingId, revision, bodyZh: input.bodyZh, bodyEn: input.bodyEn ?? '', draftedBy: deps.actor.userId, at: deps.clock.now() });
    audit({ action: 'meeting.minutes.draft', objectType: 'meeting', objectId: meetingId, summary: { versionId, revision } });
    await notices.announceDraft(trx, deps, meeting, { id: versionId, revision });
  });
  return getMeeting(deps, meetingId);
}

/** A member's liaison approves the current draft or asks for a change (with a comment), for its own member only. */
export async function decideMinutes(
  deps: WriteDeps & { principal: Principal },
  meetingId: string,
  input: { memberCode: string; verdict: MinutesVerdict; comment?: string },
) {
  if (!isLiaisonOf(deps.principal, input.memberCode)) throw meetingsErrors.notOwnMember(input.memberCode);
  const comment = (input.comment ?? '').trim();
  if (input.verdict === 'request_change' && !comment) throw meetingsErrors.commentRequired();
  await auditedTransaction(deps, async (trx, audit) => {
    const meeting = await repo.findMeeting(trx, meetingId);
    if (!meeting) throw meetingsErrors.notFound();
    const current = await repo.currentMinutesForUpdate(trx, meetingId);
    if (!current) throw meetingsErrors.noMinutes();
    if (current.status === 'final') throw meetingsErrors.minutesFinal();
    if (!(await repo.participatingMembers(trx, meetingId)).includes(input.memberCode)) throw meetingsErrors.notParticipant(input.memberCode);
    await repo.upsertApproval(trx, { versionId: current.id, memberCode: input.memberCode, verdict: input.verdict, comment, by: deps.actor.userId, at: deps.clock.now() });
    audit({ action: `meeting.minutes.${input.verdict}`, objectType: 'meeting', objectId: meetingId, summary: { versionId: current.id, revision: current.revision, memberCode: input.memberCode, comment } });
    if (input.verdict === 'request_change') await notices.announceChangeRequest(trx, deps, meeting, current, input.memberCode, comment);
    else await notices.announceIfReady(trx, deps, meeting, current);
  });
  return getMeeting(deps, meetingId);
}

/** The Office finalises the current draft once every participating member has approved it. */
export async function finaliseMinutes(deps: WriteDeps, meetingId: string) {
  await auditedTransaction(deps, async (trx, audit) => {
    const meeting = await repo.findMeeting(trx, meetingId);
    if (!meeting) throw meetingsErrors.notFound();
    const current = await repo.currentMinutesForUpdate(trx, meetingId);
    if (!current) throw meetingsErrors.noMinutes();
    if (current.status === 'final') throw meetingsErrors.minutesFinal();
    const approved = new Set((await repo.approvalsOf(trx, [current.id])).filter((a) => a.verdict === 'approve').map((a) => a.member_code));
    const missing = (await repo.participatingMembers(trx, meetingId)).filter((m) => !approved.has(m));
    if (missing.length > 0) throw meetingsErrors.notAllApproved(missing);
    await repo.finaliseMinutes(trx, current.id, deps.clock.now());
    audit({ action: 'meeting.minutes.finalise', objectType: 'meeting', objectId: meetingId, summary: { versionId: current.id, revision: current.revision } });
    await notices.announceFinal(trx, deps, meeting, current);
  });
  return getMeeting(deps, meetingId);
}

export async function nextHost(deps: Pick<AppDeps, 'db' | 'config' | 'clock'>) {
  const rotation = readRegionFile(deps.config.regionFile).hostRotation;
  if (!rotation) throw meetingsErrors.noRotation();
  const recorded = (await repo.hostAssignments(deps.db)).map((h) => ({ year: h.year, memberCode: h.member_code }));
  return { ...proposeNextHost(rotation, recorded, deps.clock.now()), order: rotation.order };
}
