import type { AppDeps } from '../../app-deps.ts';
import type { AgreementStatus } from '../../db/schema.ts';
import { translate } from '../../i18n/messages.ts';
import { commonErrors } from '../../shared/errors.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import { DAY } from '../../shared/clock.ts';
import { systemActor, type Actor } from '../../shared/principal.ts';
import { auditedTransaction, type RecordAudit, type Trx } from '../audit/audit.usecases.ts';
import type { JobHandler } from '../jobs/jobs.models.ts';
import { notifyUser } from '../notifications/notifications.usecases.ts';
import { announceShares } from '../tasks/tasks.notices.ts';
import { bodyExists, memberExists } from '../region/region.repository.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { agreementsErrors } from './agreements.errors.ts';
import { AGREEMENT_TRANSITIONS, EXPIRY_ALERT_DAYS } from './agreements.models.ts';
import * as repo from './agreements.repository.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor };

export interface AgreementInput {
  titleZh: string; titleEn?: string; meetingId?: string | null; signedOn?: string | null; termStart?: string | null; termEnd?: string | null;
  status?: 'draft' | 'signed' | 'in_force';
  parties: { memberCode?: string | null; bodyCode?: string | null }[];
  clauses?: { textZh: string; textEn?: string; taskIds?: string[] }[];
  isDemo?: boolean;
}

export async function createAgreement(deps: WriteDeps, input: AgreementInput): Promise<string> {
  // A party names a member or a body, never both (an empty code counts as named), so no body can be another member's.
  if (input.parties.some((p) => (p.memberCode != null) === (p.bodyCode != null))) throw agreementsErrors.badParty();
  const keys = new Set(input.parties.map((p) => p.memberCode ?? `body:${p.bodyCode}`));
  if (keys.size < 2) throw agreementsErrors.tooFewParties();
  if (input.termStart && input.termEnd && input.termEnd < input.termStart) throw agreementsErrors.termEndBeforeStart();
  return auditedTransaction(deps, async (trx, audit) => {
    for (const p of input.parties) {
      if (p.memberCode && !(await memberExists(trx, p.memberCode))) throw agreementsErrors.unknownParty(p.memberCode);
      if (p.bodyCode && !(await bodyExists(trx, p.bodyCode))) throw agreementsErrors.unknownParty(p.bodyCode);
    }
    if (input.meetingId && !(await repo.meetingExists(trx, input.meetingId))) throw agreementsErrors.meetingNotFound();
    const taskIds = [...new Set((input.clauses ?? []).flatMap((c) => c.taskIds ?? []))];
    const found = new Set((await repo.tasksByIds(trx, taskIds)).map((t) => t.id));
    const missing = taskIds.find((t) => !found.has(t));
    if (missing) throw agreementsErrors.unknownTask(missing);
    const now = deps.clock.now();
    const unique = [...new Map(input.parties.map((p) => [p.memberCode ?? `body:${p.bodyCode}`, p])).values()];
    const id = await repo.insertAgreement(trx, {
      title_zh: input.titleZh, title_en: input.titleEn ?? '', meeting_id: input.meetingId ?? null, signed_on: input.signedOn ?? null,
      term_start: input.termStart ?? null, term_end: input.termEnd ?? null, status: input.status ?? 'draft', is_demo: input.isDemo ?? false, created_at: now, updated_at: now,
    }, unique, input.clauses ?? []);
    audit({ action: 'agreement.create', objectType: 'agreement', objectId: id, summary: { titleZh: input.titleZh, parties: [...keys], clauses: input.clauses?.length ?? 0 } });
    if (taskIds.length) {
      const record = { type: 'agreement' as const, id, titleZh: input.titleZh, titleEn: input.titleEn ?? '' };
      await announceShares(trx, deps, { kind: 'agreements.tasks', record, taskIds, recordLink: `/agreements/${id}` });
    }
    return id;
  });
}

export async function getAgreement(deps: Deps, id: string) {
  const agreement = await repo.findAgreement(deps.db, id);
  if (!agreement) throw agreementsErrors.notFound();
  const [parties, clauses] = await Promise.all([repo.partiesOf(deps.db, id), repo.clausesOf(deps.db, id)]);
  const tasks = await repo.tasksByIds(deps.db, [...new Set(clauses.flatMap((c) => c.task_ids))]);
  return { agreement, parties, clauses, tasks };
}

/** Agreements with their parties (one query for all of them). */
export async function listAgreements(deps: Deps, query: { status?: AgreementStatus; limit?: number; cursor?: string }) {
  const limit = query.limit ?? 200;
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | undefined;
  const page = pageOf(await repo.listAgreements(deps.db, { status: query.status, limit: limit + 1, after }), limit, (a) => [a.created_at.toISOString(), a.id]);
  const parties = await repo.partiesOfMany(deps.db, page.items.map((a) => a.id));
  return { items: page.items.map((agreement) => ({ agreement, parties: parties.filter((p) => p.agreement_id === agreement.id) })), nextCursor: page.nextCursor };
}

export async function transitionAgreement(deps: WriteDeps, id: string, input: { to: AgreementStatus; version: number }) {
  await auditedTransaction(deps, async (trx, audit) => {
    const agreement = await repo.findAgreementForUpdate(trx, id);
    if (!agreement) throw agreementsErrors.notFound();
    if (agreement.version !== input.version) throw commonErrors.versionConflict(agreement.version);
    const allowed = AGREEMENT_TRANSITIONS[agreement.status];
    if (!allowed.includes(input.to)) throw agreementsErrors.illegalTransition(agreement.status, input.to, allowed);
    await repo.setStatus(trx, id, input.to, deps.clock.now());
    audit({ action: 'agreement.transition', objectType: 'agreement', objectId: id, summary: { from: agreement.status, to: input.to } });
  });
  return getAgreement(deps, id);
}

/**
 * A meeting's decision approves a draft agreement (decisions' approve_agreement
 * effect), inside the decision's transaction, with its audit event. A missing
 * or non-draft agreement is the decision's error.
 */
export async function approveAgreementIn(
  trx: Trx, audit: RecordAudit, now: Date, id: string, decisionId: string,
): Promise<{ ok: true } | { ok: false; status: AgreementStatus | null }> {
  const agreement = await repo.findAgreementForUpdate(trx, id);
  if (!agreement || agreement.status !== 'draft') return { ok: false, status: agreement?.status ?? null };
  await repo.setStatus(trx, id, 'signed', now);
  audit({ action: 'agreement.approve', objectType: 'agreement', objectId: id, summary: { decisionId } });
  return { ok: true };
}

/** Alerts the Office and the member parties once, EXPIRY_ALERT_DAYS before an agreement's term ends. */
export async function alertExpiring(deps: Pick<AppDeps, 'db' | 'clock' | 'config'>): Promise<number> {
  const actor = systemActor('agreements');
  return auditedTransaction({ ...deps, actor }, async (trx, audit) => {
    const now = deps.clock.now();
    const timeZone = await regionTimeZone(trx);
    const due = await repo.dueForAlert(trx, calendarDateIn(new Date(now.getTime() + EXPIRY_ALERT_DAYS * DAY), timeZone));
    for (const a of due) {
      await repo.markAlerted(trx, a.id, now);
      const members = (await repo.partiesOf(trx, a.id)).flatMap((p) => (p.member_code ? [p.member_code] : []));
      const params = (en: boolean) => ({ title: en ? a.title_en || a.title_zh : a.title_zh, date: a.term_end });
      for (const userId of await repo.recipients(trx, members)) {
        await notifyUser(trx, deps.config, {
          userId, kind: 'agreements.expiry', dedupKey: `agreement-expiry:${a.id}:${a.term_end}:${userId}`,
          titleZh: translate('zh-CN', 'agreements.notice.expiry.title', params(false)), titleEn: translate('en', 'agreements.notice.expiry.title', params(true)),
          bodyZh: translate('zh-CN', 'agreements.notice.expiry.body', params(false)), bodyEn: translate('en', 'agreements.notice.expiry.body', params(true)),
          link: `/agreements/${a.id}`,
        }, now);
      }
      audit({ action: 'agreement.expiry_alert', objectType: 'agreement', objectId: a.id, summary: { termEnd: a.term_end } });
    }
    return due.length;
  });
}

/** An agreement in force whose term has ended (in the region's time zone) moves to expired, once, on the system's account. */
export async function expireEnded(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<number> {
  const actor = systemActor('agreements');
  return auditedTransaction({ ...deps, actor }, async (trx, audit) => {
    const now = deps.clock.now();
    const timeZone = await regionTimeZone(trx);
    const ended = await repo.dueForExpiry(trx, calendarDateIn(now, timeZone));
    for (const a of ended) {
      await repo.setStatus(trx, a.id, 'expired', now);
      audit({ action: 'agreement.expire', objectType: 'agreement', objectId: a.id, summary: { from: a.status, to: 'expired', termEnd: a.term_end } });
    }
    return ended.length;
  });
}

export const EXPIRY_ALERT_JOB = 'agreements.expiry-alert';
/** Hourly: alert the agreements nearing the end of their term, expire those past it. */
export const expiryAlertHandler: JobHandler = {
  kind: EXPIRY_ALERT_JOB,
  async run(deps) {
    await alertExpiring(deps);
    await expireEnded(deps);
  },
};
