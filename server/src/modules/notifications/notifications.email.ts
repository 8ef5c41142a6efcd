import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../../config.ts';
import { systemActor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import type { JobHandler } from '../jobs/jobs.models.ts';
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

/** One notification → one e-mail in the recipient's language. Retried by the queue; sent once (emailed_at). */
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
    const zh = n.locale === 'zh-CN';
    const link = n.link ? `${deps.config.publicUrl}${n.link}` : '';
    const text = [zh ? n.body_zh : n.body_en, link].filter(Boolean).join('\n\n');
    await transportFor(smtpUrl).sendMail({
      from: deps.config.smtpFrom,
      to: { name: n.display_name, address: n.email },
      subject: zh ? n.title_zh : n.title_en,
      text,
      headers: { 'X-YRD-Notification': n.id },
    });
    await auditedTransaction({ ...deps, actor: systemActor('mailer') }, async (trx, audit) => {
      await repo.setEmailed(trx, n.id, deps.clock.now());
      audit({ action: 'notification.emailed', objectType: 'notification', objectId: n.id, summary: { to: n.email } });
    });
  },
};
