import type { AppDeps } from '../../app-deps.ts';
import type { AppConfig } from '../../config.ts';
import type { Locale } from '../../i18n/messages.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction, type Trx } from '../audit/audit.usecases.ts';
import { enqueue } from '../jobs/jobs.usecases.ts';
import { EMAIL_JOB, EMAIL_MAX_ATTEMPTS } from './notifications.email.ts';
import { notificationsErrors } from './notifications.errors.ts';
import * as repo from './notifications.repository.ts';
import { emailTimingOf } from './preferences.usecases.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor };

export interface NotificationInput {
  userId: string;
  kind: string;
  /** Unique forever: the same reminder is never created (nor e-mailed) twice, whatever the number of instances. */
  dedupKey: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  /** A path inside the web app, e.g. /tasks/<id>. */
  link: string | null;
  flagId?: string | null;
}

/**
 * Files a notification in the user's inbox, and queues its e-mail when SMTP is
 * configured and the user wants this kind by e-mail at once (a digest user's
 * notices wait for the daily digest job) — in the caller's transaction, so both
 * exist exactly when the write that caused them commits. Returns the id, or
 * undefined for a duplicate.
 */
export async function notifyUser(trx: Trx, config: Pick<AppConfig, 'smtpUrl'>, input: NotificationInput, now: Date): Promise<string | undefined> {
  const id = await repo.insertNotification(
    trx,
    {
      user_id: input.userId,
      kind: input.kind,
      dedup_key: input.dedupKey,
      title_zh: input.titleZh,
      title_en: input.titleEn,
      body_zh: input.bodyZh,
      body_en: input.bodyEn,
      link: input.link,
      flag_id: input.flagId ?? null,
    },
    now,
  );
  if (id && config.smtpUrl && (await emailTimingOf(trx, input.userId, input.kind)) === 'now') await enqueue(trx, { kind: EMAIL_JOB, payload: { notificationId: id }, runAt: now, dedupKey: `email:${id}`, maxAttempts: EMAIL_MAX_ATTEMPTS }, now);
  return id;
}

type InboxRow = Awaited<ReturnType<typeof repo.listInbox>>[number];

export function presentNotification(row: InboxRow, locale: Locale) {
  const zh = locale === 'zh-CN';
  return {
    id: row.id,
    kind: row.kind,
    title: zh ? row.title_zh : row.title_en,
    body: zh ? row.body_zh : row.body_en,
    link: row.link,
    flagId: row.flag_id,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}

export async function inbox(deps: Deps, userId: string, query: { unreadOnly?: boolean; cursor?: string; limit?: number }) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['int', 'timestamp', 'uuid']);
  const [rows, unread] = await Promise.all([repo.listInbox(deps.db, userId, { unreadOnly: query.unreadOnly, after, limit }), repo.unreadCount(deps.db, userId)]);
  const page = pageOf(rows, limit, (row) => [row.unread, row.created_at.toISOString(), row.id]);
  return { ...page, unreadCount: unread };
}

/** Marks one of the user's own notifications read; someone else's is "not found". */
export async function markRead(deps: WriteDeps, userId: string, id: string): Promise<number> {
  await auditedTransaction(deps, async (trx, audit) => {
    const notification = await repo.findOwnNotification(trx, userId, id);
    if (!notification) throw notificationsErrors.notFound();
    if (notification.read_at) return;
    await repo.markRead(trx, userId, id, deps.clock.now());
    audit({ action: 'notification.read', objectType: 'notification', objectId: id, summary: { kind: notification.kind } });
  });
  return repo.unreadCount(deps.db, userId);
}

export async function markAllRead(deps: WriteDeps, userId: string): Promise<number> {
  return auditedTransaction(deps, async (trx, audit) => {
    const updated = await repo.markAllRead(trx, userId, deps.clock.now());
    if (updated > 0) audit({ action: 'notification.read_all', objectType: 'user', objectId: userId, summary: { count: updated } });
    return updated;
  });
}

