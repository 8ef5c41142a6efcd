import type { AppDeps } from '../../app-deps.ts';
import type { MatterStatus, MeetingTier } from '../../db/schema.ts';
import { translate } from '../../i18n/messages.ts';
import { DAY } from '../../shared/clock.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import { memberCodesOf, systemActor, type Actor, type Principal } from '../../shared/principal.ts';
import { auditedTransaction, type RecordAudit, type Trx } from '../audit/audit.usecases.ts';
import type { JobHandler } from '../jobs/jobs.models.ts';
import { notifyUser } from '../notifications/notifications.usecases.ts';
import type { NoticeDeps } from '../notifications/handoffs.ts';
import { mattersErrors } from './matters.errors.ts';
import { deadlineColumn, deadlineFrom, TIER_NAMES, TIERS, tierAbove, tierBelow } from './matters.models.ts';
import { isOffice, liaisonMembers } from './matters.policies.ts';
import { bodyExists, memberExists } from '../region/region.repository.ts';
import { checkBodyOfMember } from '../region/region.usecases.ts';
import { findArea } from '../plans/plans.repository.ts';
import * as repo from './matters.repository.ts';
import { announceMatter } from './matters.notices.ts';
import { recordTitles } from '../search/search.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor; principal: Principal };
type JobDeps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

export interface RaiseInput {
  titleZh: string; titleEn?: string; descriptionZh?: string; descriptionEn?: string;
  raisedByMemberCode?: string | null; raisedByBodyCode?: string | null;
  affectedMemberCodes: string[]; focusAreaId?: string | null; urgency?: 'high' | 'normal' | 'low';
  /** Only the demo loader sets it; the API cannot. */
  isDemo?: boolean;
}

/** A member's liaison or editor raises a matter for its own member; the Office raises for a member or a working group. */
export async function raiseMatter(deps: WriteDeps, input: RaiseInput): Promise<string> {
  const office = isOffice(deps.principal);
  if (!office) {
    const own = memberCodesOf(deps.principal);
    if (!input.raisedByMemberCode || !own.includes(input.raisedByMemberCode)) throw mattersErrors.notOwnMember(input.raisedByMemberCode ?? own[0] ?? '');
  }
  if (!input.raisedByMemberCode && !input.raisedByBodyCode) throw mattersErrors.raiserRequired();
  return auditedTransaction(deps, async (trx, audit) => {
    const members = [...new Set([...(input.raisedByMemberCode ? [input.raisedByMemberCode] : []), ...input.affectedMemberCodes])];
    for (const code of members) if (!(await memberExists(trx, code))) throw mattersErrors.unknownMember(code);
    if (input.raisedByBodyCode && !(await bodyExists(trx, input.raisedByBodyCode))) throw mattersErrors.unknownBody(input.raisedByBodyCode);
    // An unknown area would otherwise reach the foreign key and answer 500 (found by the fuzz test).
    if (input.focusAreaId && !(await findArea(trx, input.focusAreaId))) throw mattersErrors.unknownFocusArea();
    if (input.raisedByBodyCode && input.raisedByMemberCode) await checkBodyOfMember(trx, 'raisedByBodyCode', input.raisedByBodyCode, input.raisedByMemberCode);
    const now = deps.clock.now();
    const urgency = input.urgency ?? 'normal';
    const id = await repo.insertMatter(trx, {
      title_zh: input.titleZh, title_en: input.titleEn ?? '', description_zh: input.descriptionZh ?? '', description_en: input.descriptionEn ?? '',
      raised_by_member_code: input.raisedByMemberCode ?? null, raised_by_body_code: input.raisedByBodyCode ?? null,
      focus_area_id: input.focusAreaId ?? null, urgency, tier: 'execution', execution_deadline: deadlineFrom(now, 'execution', urgency), raised_at: now, updated_at: now,
      is_demo: input.isDemo ?? false,
    }, members);
    await repo.insertEvent(trx, { matterId: id, kind: 'raised', toTier: 'execution', actorUserId: deps.actor.userId, actorUsername: deps.actor.username, at: now });
    audit({ action: 'matter.raise', objectType: 'major_matter', objectId: id, summary: { titleZh: input.titleZh, members, urgency } });
    await announceMatter(trx, deps, { id, title_zh: input.titleZh, title_en: input.titleEn ?? '' }, { kind: 'matters.raised' });
    return id;
  });
}

export async function getMatter(deps: Deps, id: string) {
  const matter = await repo.findMatter(deps.db, id);
  if (!matter) throw mattersErrors.notFound();
  const [members, events] = await Promise.all([repo.membersOf(deps.db, id), repo.eventsOf(deps.db, id)]);
  // The timeline shows people and decisions by name (issue 12, item 4).
  const titles = await recordTitles(deps.db, events.flatMap((e) => [
    ...(e.actor_user_id ? [{ type: 'user', id: e.actor_user_id }] : []),
    ...(e.decision_id ? [{ type: 'decision', id: e.decision_id }] : []),
  ]));
  return { matter, members, events, titles };
}

/** Matters with the members party to each (one query for all of them). */
async function withMembers<T extends { id: string }>(deps: Deps, matters: T[]): Promise<(T & { memberCodes: string[] })[]> {
  const members = await repo.membersOfMany(deps.db, matters.map((m) => m.id));
  return matters.map((m) => ({ ...m, memberCodes: members.get(m.id) ?? [] }));
}

export async function listMatters(deps: Deps, query: { status?: MatterStatus; tier?: MeetingTier; memberCode?: string; resolvedYear?: number; limit?: number; cursor?: string }) {
  const limit = query.limit ?? 200;
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | undefined;
  const rows = await repo.listMatters(deps.db, { status: query.status, tier: query.tier, memberCode: query.memberCode, resolvedYear: query.resolvedYear, order: 'desc', limit: limit + 1, after });
  const page = pageOf(rows, limit, (m) => [m.raised_at.toISOString(), m.id]);
  return { items: await withMembers(deps, page.items), nextCursor: page.nextCursor };
}

/** Withdrawn by the liaison of the member that raised it, or by the Office; the reason stays on the timeline. */
export async function withdrawMatter(deps: WriteDeps, id: string, input: { reason: string }) {
  const reason = input.reason.trim();
  if (!reason) throw mattersErrors.reasonRequired();
  await auditedTransaction(deps, async (trx, audit) => {
    const matter = await repo.findMatterForUpdate(trx, id);
    if (!matter) throw mattersErrors.notFound();
    if (!isOffice(deps.principal) && !(matter.raised_by_member_code && liaisonMembers(deps.principal).includes(matter.raised_by_member_code))) throw mattersErrors.notRaiser();
    if (matter.status !== 'open') throw mattersErrors.notOpen(matter.status);
    const now = deps.clock.now();
    await repo.setStatus(trx, id, 'withdrawn', now);
    await repo.insertEvent(trx, { matterId: id, kind: 'withdrawn', fromTier: matter.tier, reason, actorUserId: deps.actor.userId, actorUsername: deps.actor.username, at: now });
    audit({ action: 'matter.withdraw', objectType: 'major_matter', objectId: id, summary: { tier: matter.tier, reason } });
    await announceMatter(trx, deps, matter, { kind: 'matters.withdrawn', reason });
  });
  return getMatter(deps, id);
}

async function moveTo(trx: Trx, audit: RecordAudit, actor: Actor, now: Date, matter: { id: string; tier: MeetingTier; urgency: 'high' | 'normal' | 'low' }, to: MeetingTier, kind: 'escalated' | 'de_escalated' | 'auto_escalated', reason: string) {
  await repo.moveTier(trx, matter.id, to, { column: deadlineColumn(to), at: deadlineFrom(now, to, matter.urgency) }, now);
  await repo.insertEvent(trx, { matterId: matter.id, kind, fromTier: matter.tier, toTier: to, reason, actorUserId: actor.userId, actorUsername: actor.username, at: now });
  audit({ action: `matter.${kind}`, objectType: 'major_matter', objectId: matter.id, summary: { from: matter.tier, to, reason } });
}

/** Manual escalation (up) or de-escalation (down), with a reason. A liaison escalates only matters its member is party to; only the Office de-escalates. */
export async function changeTier(deps: WriteDeps, id: string, input: { direction: 'up' | 'down'; reason: string }) {
  const reason = input.reason.trim();
  if (!reason) throw mattersErrors.reasonRequired();
  await auditedTransaction(deps, async (trx, audit) => {
    const matter = await repo.findMatterForUpdate(trx, id);
    if (!matter) throw mattersErrors.notFound();
    if (!isOffice(deps.principal)) {
      const members = await repo.membersOf(trx, id);
      if (input.direction === 'down' || !liaisonMembers(deps.principal).some((m) => members.includes(m))) throw mattersErrors.notParty();
    }
    if (matter.status !== 'open') throw mattersErrors.notOpen(matter.status);
    const to = input.direction === 'up' ? tierAbove(matter.tier) : tierBelow(matter.tier);
    if (!to) throw input.direction === 'up' ? mattersErrors.atTop() : mattersErrors.atBottom();
    await moveTo(trx, audit, deps.actor, deps.clock.now(), matter, to, input.direction === 'up' ? 'escalated' : 'de_escalated', reason);
    await announceMatter(trx, deps, matter, { kind: input.direction === 'up' ? 'matters.escalated' : 'matters.de_escalated', to, reason, version: matter.version + 1 });
  });
  return getMatter(deps, id);
}

/**
 * A meeting's decision resolves an open matter (decisions' resolve_matter
 * effect), inside the decision's transaction: the status, the timeline step,
 * the audit event. The parties hear of it once the decision is recorded
 * (announceResolved). A missing or closed matter is the decision's error.
 */
export async function resolveMatterIn(
  trx: Trx, audit: RecordAudit, actor: Actor, now: Date, id: string, by: { decisionId: string; reason: string },
): Promise<{ ok: true } | { ok: false; status: MatterStatus | null }> {
  const matter = await repo.findMatterForUpdate(trx, id);
  if (!matter || matter.status !== 'open') return { ok: false, status: matter?.status ?? null };
  await repo.markResolved(trx, id, by.decisionId, now);
  await repo.insertEvent(trx, {
    matterId: id, kind: 'resolved', fromTier: matter.tier, toTier: null, reason: by.reason, decisionId: by.decisionId, actorUserId: actor.userId, actorUsername: actor.username, at: now,
  });
  audit({ action: 'matter.resolve', objectType: 'major_matter', objectId: id, summary: { decisionId: by.decisionId } });
  return { ok: true };
}

/** Tells a resolved matter's parties which decision resolved it. */
export async function announceResolved(trx: Trx, deps: NoticeDeps, id: string, decision: { id: string; titleZh: string; titleEn: string }): Promise<void> {
  const matter = await repo.findMatter(trx, id);
  if (matter) await announceMatter(trx, deps, matter, { kind: 'matters.resolved', decision });
}

/** The Office records a coordination step on the timeline. */
export async function coordinate(deps: WriteDeps, id: string, input: { note: string }) {
  await auditedTransaction(deps, async (trx, audit) => {
    const matter = await repo.findMatterForUpdate(trx, id);
    if (!matter) throw mattersErrors.notFound();
    if (matter.status !== 'open') throw mattersErrors.notOpen(matter.status);
    await repo.insertEvent(trx, { matterId: id, kind: 'coordinated', fromTier: matter.tier, reason: input.note, actorUserId: deps.actor.userId, actorUsername: deps.actor.username, at: deps.clock.now() });
    audit({ action: 'matter.coordinate', objectType: 'major_matter', objectId: id, summary: { note: input.note } });
  });
  return getMatter(deps, id);
}

/** Moves every open matter past its tier's deadline one tier up, and tells the Office and the members party to it. */
export async function escalateDue(deps: JobDeps): Promise<number> {
  const actor = systemActor('matters');
  return auditedTransaction({ ...deps, actor }, async (trx, audit) => {
    const now = deps.clock.now();
    const due = await repo.dueForEscalation(trx, now);
    for (const matter of due) {
      const to = tierAbove(matter.tier)!;
      await moveTo(trx, audit, actor, now, matter, to, 'auto_escalated', 'deadline');
      const members = await repo.membersOf(trx, matter.id);
      for (const userId of await repo.recipients(trx, members)) {
        const params = (locale: 'zh-CN' | 'en') => ({ tier: locale === 'en' ? TIER_NAMES[to].en : TIER_NAMES[to].zh, title: locale === 'en' ? matter.title_en || matter.title_zh : matter.title_zh });
        await notifyUser(trx, deps.config, {
          userId, kind: 'matters.escalated', dedupKey: `matter:${matter.id}:${to}:${userId}`,
          titleZh: translate('zh-CN', 'matters.notice.escalated.title', params('zh-CN')), titleEn: translate('en', 'matters.notice.escalated.title', params('en')),
          bodyZh: translate('zh-CN', 'matters.notice.escalated.body', params('zh-CN')), bodyEn: translate('en', 'matters.notice.escalated.body', params('en')),
          link: `/matters/${matter.id}`,
        }, now);
      }
    }
    return due.length;
  });
}

export const MATTERS_ESCALATION_JOB = 'matters.escalate';
export const escalationHandler: JobHandler = {
  kind: MATTERS_ESCALATION_JOB,
  async run(deps) {
    await escalateDue(deps);
  },
};

/** The board shows at most this many open matters (the oldest: the most pressing); each tier says how many it holds in all. */
export const BOARD_LIMIT = 1000;

/** Open matters by tier, oldest first, with their age in days, and each tier's total. */
export async function board(deps: Deps) {
  const now = deps.clock.now().getTime();
  const [open, totals] = await Promise.all([
    repo.listMatters(deps.db, { status: 'open', order: 'asc', limit: BOARD_LIMIT }).then((rows) => withMembers(deps, rows)),
    repo.countOpenByTier(deps.db),
  ]);
  return TIERS.map((tier) => ({
    tier,
    total: totals.get(tier) ?? 0,
    matters: open.filter((m) => m.tier === tier).map((m) => ({
      matter: m, ageDays: Math.floor((now - m.raised_at.getTime()) / DAY),
      overdue: (() => { const d = m[deadlineColumn(m.tier)]; return d !== null && d.getTime() <= now; })(),
    })),
  }));
}
