/**
 * The daily digest: users who chose it get one e-mail a day listing the
 * notices of the day before (region calendar) instead of one e-mail each.
 * An hourly job queues one digest job per such user and day (the job's dedup
 * key makes it once, whatever the number of instances or runs); the digest job
 * sends the list and marks its notices e-mailed, so none goes twice.
 */
import { translate, type Locale } from '../../i18n/messages.ts';
import { systemActor } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { DAY } from '../../shared/clock.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import type { JobDeps, JobHandler } from '../jobs/jobs.models.ts';
import { PermanentJobError } from '../jobs/jobs.models.ts';
import { enqueue } from '../jobs/jobs.usecases.ts';
import { transportFor } from './notifications.email.ts';
import { composeMail } from './notifications.mail.ts';
import * as repo from './preferences.repository.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

export const DIGEST_SCHEDULE_JOB = 'notification.digest-schedule';
export const DIGEST_JOB = 'notification.digest';

/** Queues yesterday's digest for every digest user (once per user and day). Returns how many were new. */
export async function scheduleDigests(deps: Pick<JobDeps, 'db' | 'clock' | 'config'>): Promise<number> {
  if (!deps.config.smtpUrl) return 0;
  const now = deps.clock.now();
  const day = calendarDateIn(new Date(now.getTime() - DAY), await regionTimeZone(deps.db));
  let queued = 0;
  for (const user of await repo.digestUsers(deps.db)) {
    const id = await enqueue(deps.db, { kind: DIGEST_JOB, payload: { userId: user.id, day }, runAt: now, dedupKey: `digest:${user.id}:${day}` }, now);
    if (id) queued += 1;
  }
  return queued;
}

export const digestScheduleHandler: JobHandler = {
  kind: DIGEST_SCHEDULE_JOB,
  async run(deps) {
    await scheduleDigests(deps);
  },
};

function digestText(locale: Locale, day: string, notices: { title_zh: string; title_en: string; link: string | null }[], publicUrl: string) {
  const lines = notices.map((n) => {
    const title = locale === 'en' ? n.title_en || n.title_zh : n.title_zh;
    return n.link ? `• ${title}\n  ${publicUrl}${n.link}` : `• ${title}`;
  });
  return {
    subject: translate(locale, 'notifications.digest.subject', { day, count: notices.length }),
    text: [translate(locale, 'notifications.digest.intro', { day, count: notices.length }), ...lines].join('\n\n'),
  };
}

/** One user's digest for one day: every notice not e-mailed yet, of the kinds they want by e-mail, in one message. */
export const digestHandler: JobHandler = {
  kind: DIGEST_JOB,
  leaseMs: 2 * 60_000,
  async run(deps, job) {
    const smtpUrl = deps.config.smtpUrl;
    if (!smtpUrl) return;
    const userId = String(job.payload.userId ?? '');
    const day = String(job.payload.day ?? '');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new PermanentJobError('digest: bad day');
    const [user, prefs] = await Promise.all([repo.recipientOf(deps.db, userId), repo.findPreferences(deps.db, userId)]);
    if (!user || !user.email || user.status !== 'active' || !prefs?.digest) return;
    const notices = await repo.digestNotices(deps.db, userId, day, await regionTimeZone(deps.db), prefs.email_muted);
    if (notices.length === 0) return;
    const { subject, text } = digestText(user.locale, day, notices, deps.config.publicUrl);
    const message = { title: subject, body: text };
    const mail = composeMail(deps.config, { id: `digest.${userId}.${day}`, locales: [user.locale], text: { 'zh-CN': message, en: message }, link: null, headers: { 'X-YRD-Digest': day } });
    await transportFor(smtpUrl).sendMail({ from: deps.config.smtpFrom, to: { name: user.display_name, address: user.email }, ...mail });
    await auditedTransaction({ ...deps, actor: systemActor('mailer') }, async (trx, audit) => {
      await repo.markEmailed(trx, notices.map((n) => n.id), deps.clock.now());
      audit({ action: 'notification.digest_emailed', objectType: 'user', objectId: userId, summary: { day, notices: notices.length } });
    });
  },
};
