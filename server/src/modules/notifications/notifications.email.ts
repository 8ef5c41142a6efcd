import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../../config.ts';
import type { Locale } from '../../i18n/messages.ts';
import { systemActor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import type { JobHandler } from '../jobs/jobs.models.ts';
import { composeMail } from './notifications.mail.ts';
import * as repo from './notifications.repository.ts';
import { emailTimingOf } from './preferences.usecases.ts';

/**
 * E-mail through the SMTP server of YRD_SMTP_URL (smtp:// with STARTTLS when
 * offered, smtps:// for TLS from the start). The URL may hold a password: it
 * is parsed here, handed to nodemailer and never logged; the worker also
 * masks it in any error text it stores.
 */
export function smtpOptions(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    logger: false,
    debug: false,
  };
}

/** The secrets hidden in the SMTP URL, for masking error texts. */
export function smtpSecrets(config: Pick<AppConfig, 'smtpUrl'>): string[] {
  if (!config.smtpUrl) return [];
  const url = new URL(config.smtpUrl);
  return url.password ? [url.password, decodeURIComponent(url.password), config.smtpUrl] : [];
}

const transports = new Map<string, Transporter>();

export function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = createTransport(smtpOptions(smtpUrl));
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/** Closes pooled SMTP connections (at shutdown and after tests). */
export function closeMailTransports(): void {
  for (const transport of transports.values()) transport.close();
  transports.clear();
}

export const EMAIL_JOB = 'notification.email';
/**
 * Attempts per e-mail. The queue waits 30 s, 1, 2, 4 … min between them
 * (jobs.models.ts retryDelayMs), so ten attempts ride out an SMTP server that
 * is down or answers 421 for about three hours before the job is marked failed.
 */
export const EMAIL_MAX_ATTEMPTS = 10;

/** One notification → one e-mail in the recipient's language (both when unknown). Retried with back-off by the queue; sent once (emailed_at). */
export const emailHandler: JobHandler = {
  kind: EMAIL_JOB,
  leaseMs: 2 * 60_000,
  async run(deps, job) {
    const smtpUrl = deps.config.smtpUrl;
    if (!smtpUrl) return; // e-mail switched off since the job was queued
    const id = String(job.payload.notificationId ?? '');
    const n = await repo.notificationForEmail(deps.db, id);
    if (!n || n.emailed_at || !n.email || n.status !== 'active') return;
    // The user may have switched this kind off, or to the digest, since it was queued.
    if ((await emailTimingOf(deps.db, n.user_id, n.kind)) !== 'now') return;
    // Never signed in: the stored locale is only the default, so the mail carries both languages.
    const locales: Locale[] = n.last_login_at ? [n.locale] : ['zh-CN', 'en'];
    const mail = composeMail(deps.config, {
      id: `notification.${n.id}`,
      locales,
      text: { 'zh-CN': { title: n.title_zh, body: n.body_zh }, en: { title: n.title_en || n.title_zh, body: n.body_en || n.body_zh } },
      link: n.link,
      headers: { 'X-YRD-Notification': n.id },
    });
    await transportFor(smtpUrl).sendMail({ from: deps.config.smtpFrom, to: { name: n.display_name, address: n.email }, ...mail });
    await auditedTransaction({ ...deps, actor: systemActor('mailer') }, async (trx, audit) => {
      await repo.setEmailed(trx, n.id, deps.clock.now());
      audit({ action: 'notification.emailed', objectType: 'notification', objectId: n.id, summary: { to: n.email } });
    });
  },
};
