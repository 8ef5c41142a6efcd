/**
 * One-time passwords by e-mail for imported accounts (issue 12, item 9). The
 * import creates such an account without any password and queues this job in
 * the same transaction; the job makes the password only when it sends it, so
 * the clear text exists nowhere but in the mail (not in the job's payload, the
 * database or a log). Each attempt makes a fresh password: one that a failed
 * send never delivered is replaced by the next; a user who has signed in, or
 * whose password an administrator has reset since, is left alone.
 */
import type { Locale } from '../../i18n/messages.ts';
import { translate } from '../../i18n/messages.ts';
import { systemActor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { generateOneTimePassword, hashPassword } from '../auth/auth.passwords.ts';
import { addPasswordHistory, setPassword } from '../auth/auth.repository.ts';
import type { JobHandler } from '../jobs/jobs.models.ts';
import { mergeJobPayload } from '../jobs/jobs.usecases.ts';
import { EMAIL_MAX_ATTEMPTS, transportFor } from '../notifications/notifications.email.ts';
import { composeMail } from '../notifications/notifications.mail.ts';
import * as repo from './users.repository.ts';

export const ACCOUNT_MAIL_JOB = 'users.account-mail';
export const accountMailDedupKey = (userId: string) => `account-mail:${userId}`;

/** The job for one imported account; queued inside the import's transaction. */
export function accountMailJob(userId: string, now: Date) {
  return { kind: ACCOUNT_MAIL_JOB, payload: { userId }, runAt: now, dedupKey: accountMailDedupKey(userId), maxAttempts: EMAIL_MAX_ATTEMPTS };
}

const SIGN_IN_PATH = '/login';
const LOCALES: Locale[] = ['zh-CN', 'en'];

export const accountMailHandler: JobHandler = {
  kind: ACCOUNT_MAIL_JOB,
  leaseMs: 2 * 60_000,
  async run(deps, job) {
    const smtpUrl = deps.config.smtpUrl;
    if (!smtpUrl) return; // e-mail switched off since the import: the administrator resets the password instead
    const userId = String(job.payload.userId ?? '');
    // The moment this job last set the password: a later change is someone else's (a reset) and wins.
    const setByThisJob = typeof job.payload.passwordSetAt === 'string' ? job.payload.passwordSetAt : null;
    const oneTimePassword = generateOneTimePassword();
    const passwordHash = await hashPassword(oneTimePassword);
    const mailer = { ...deps, actor: systemActor('mailer') };
    const recipient = await auditedTransaction(mailer, async (trx, audit) => {
      const user = await repo.findFirstPasswordStateForUpdate(trx, userId);
      if (!user || !user.email || user.status !== 'active' || !user.must_change_password || user.last_login_at) return null;
      const untouched = user.no_password || (setByThisJob !== null && user.password_changed_at?.toISOString() === setByThisJob);
      if (!untouched) return null;
      const now = deps.clock.now();
      await setPassword(trx, userId, passwordHash, now, true);
      await addPasswordHistory(trx, userId, passwordHash, now);
      await mergeJobPayload(trx, accountMailDedupKey(userId), { passwordSetAt: now.toISOString() });
      audit({ action: 'user.password_emailed', objectType: 'user', objectId: userId, summary: { to: user.email, attempt: job.attempt } });
      return user;
    });
    if (!recipient) return;
    const url = `${deps.config.publicUrl}${SIGN_IN_PATH}`;
    const params = { displayName: recipient.display_name, username: recipient.username, password: oneTimePassword, url };
    const text = Object.fromEntries(
      LOCALES.map((locale) => [locale, { title: translate(locale, 'users.account_mail.subject'), body: translate(locale, 'users.account_mail.body', params) }]),
    ) as Record<Locale, { title: string; body: string }>;
    // Never signed in: the language is unknown, so both (Chinese first).
    const mail = composeMail(deps.config, { id: `account.${userId}.${job.attempt}`, locales: LOCALES, text, link: SIGN_IN_PATH, settingsFooter: false });
    await transportFor(smtpUrl).sendMail({ from: deps.config.smtpFrom, to: { name: recipient.display_name, address: recipient.email! }, ...mail });
  },
};
