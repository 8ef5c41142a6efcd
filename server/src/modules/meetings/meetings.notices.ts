/**
 * The minutes' hand-offs: a draft (or a revised one) goes to the liaisons of
 * every participating member; a requested change, and the moment every member
 * has approved, go to the Office; the final version goes back to the
 * liaisons. Each links to the minutes version inside the meeting page.
 */
import type { Trx } from '../audit/audit.usecases.ts';
import { announce, memberParam, merge, same, type Audience, type NoticeDeps } from '../notifications/handoffs.ts';
import type { NoticeKind } from '../notifications/notifications.kinds.ts';
import * as repo from './meetings.repository.ts';

type Meeting = { id: string; title_zh: string; title_en: string };
type Version = { id: string; revision: number };

export const minutesLink = (meetingId: string, revision: number) => `/meetings/${meetingId}?minutes=${revision}`;

async function announceMinutes(trx: Trx, deps: NoticeDeps, kind: NoticeKind, meeting: Meeting, version: Version, audience: Audience, event: string, params = {}) {
  return announce(trx, deps, {
    kind,
    record: { type: 'meeting', id: meeting.id, titleZh: meeting.title_zh, titleEn: meeting.title_en },
    audience,
    event,
    link: minutesLink(meeting.id, version.revision),
    params: merge(same({ revision: version.revision }), params),
  });
}

/** A new draft: every participating member's liaisons are asked to approve it. */
export async function announceDraft(trx: Trx, deps: NoticeDeps, meeting: Meeting, version: Version) {
  const verb = version.revision > 1 ? { 'zh-CN': { verb: '修订' }, en: { verb: 'revised' } } : { 'zh-CN': { verb: '起草' }, en: { verb: 'drafted' } };
  const members = await repo.participatingMembers(trx, meeting.id);
  return announceMinutes(trx, deps, 'minutes.drafted', meeting, version, { liaisonsOf: members }, version.id, verb);
}

/** A member asks for a change: the Office redrafts. */
export async function announceChangeRequest(trx: Trx, deps: NoticeDeps, meeting: Meeting, version: Version, memberCode: string, comment: string) {
  const params = merge(same({ comment }), await memberParam(trx, 'member', [memberCode]));
  return announceMinutes(trx, deps, 'minutes.change_requested', meeting, version, { office: true }, `${version.id}:${memberCode}`, params);
}

/** After an approval: when every participating member has approved the current draft, the Office is prompted to finalise. */
export async function announceIfReady(trx: Trx, deps: NoticeDeps, meeting: Meeting, version: Version) {
  const approved = new Set((await repo.approvalsOf(trx, [version.id])).filter((a) => a.verdict === 'approve').map((a) => a.member_code));
  if ((await repo.participatingMembers(trx, meeting.id)).some((m) => !approved.has(m))) return [];
  return announceMinutes(trx, deps, 'minutes.ready', meeting, version, { office: true }, version.id);
}

/** Final: the liaisons who approved learn that the minutes stand. */
export async function announceFinal(trx: Trx, deps: NoticeDeps, meeting: Meeting, version: Version) {
  const members = await repo.participatingMembers(trx, meeting.id);
  return announceMinutes(trx, deps, 'minutes.finalised', meeting, version, { liaisonsOf: members }, version.id);
}
