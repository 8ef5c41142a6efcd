/**
 * What a notification e-mail looks like on the wire, kept apart from sending so
 * it can be checked byte by byte. Receiving servers (and their spam filters)
 * want: a From: and a Message-ID in a domain we own (from configuration), a
 * plain-text part with an HTML alternative, and a List-Unsubscribe header.
 */
import type { AppConfig } from '../../config.ts';
import type { Locale } from '../../i18n/messages.ts';

/**
 * Where a user changes which notices reach them by e-mail. The inbox opens its
 * e-mail settings from this address; List-Unsubscribe points here.
 */
export const NOTIFICATION_SETTINGS_PATH = '/inbox?settings=email';

/** The domain of the configured sender (YRD_SMTP_FROM, else noreply@<public URL host>; see config.ts). */
export function senderDomain(smtpFrom: string): string {
  const match = /@([^\s<>@]+?)>?\s*$/.exec(smtpFrom);
  if (!match) throw new Error('YRD_SMTP_FROM has no domain');
  return match[1]!.toLowerCase();
}

/** A Message-ID in our own domain, stable for the notice: a retry after a lost answer is recognisably the same mail. */
export function messageIdFor(smtpFrom: string, localPart: string): string {
  return `<${localPart.replace(/[^A-Za-z0-9._-]/g, '-')}@${senderDomain(smtpFrom)}>`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** Text as HTML paragraphs: escaped, line breaks kept. */
const paragraphs = (text: string) =>
  text.split(/\n{2,}/).filter((p) => p.trim()).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');

export interface MailText {
  title: string;
  body: string;
}

/** Footer line per language: why this mail came, and where to change it. */
const FOOTER: Record<Locale, (url: string) => string> = {
  'zh-CN': (url) => `您收到此邮件，是因为您在长三角合作平台的通知设置中选择了邮件提醒。更改或退订：${url}`,
  en: (url) => `You receive this because your YRD Cooperation Platform notification settings send this notice by e-mail. Change or unsubscribe: ${url}`,
};
const OPEN: Record<Locale, string> = { 'zh-CN': '打开', en: 'Open' };

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
}

/**
 * One notice as a mail. `locales` is the reader's language, or both (Chinese
 * first, the working language) when we do not know it yet: a user who has
 * never signed in has not chosen, and the default must not hide the text.
 */
export function composeMail(
  config: Pick<AppConfig, 'smtpFrom' | 'publicUrl'>,
  mail: { id: string; locales: Locale[]; text: Record<Locale, MailText>; link: string | null; headers?: Record<string, string>; settingsFooter?: boolean },
): ComposedMail {
  // A mail that no notification setting chose (an account's first password) has no settings footer nor List-Unsubscribe.
  const footer = mail.settingsFooter ?? true;
  const link = mail.link ? `${config.publicUrl}${mail.link}` : '';
  const settings = `${config.publicUrl}${NOTIFICATION_SETTINGS_PATH}`;
  const parts = mail.locales.map((locale) => ({ locale, ...mail.text[locale] }));
  const subject = [...new Set(parts.map((p) => p.title))].join(' / ');
  const text = [
    ...parts.map((p) => [mail.locales.length > 1 ? p.title : '', p.body, link].filter(Boolean).join('\n\n')),
    ...(footer ? ['--', ...mail.locales.map((locale) => FOOTER[locale](settings))] : []),
  ].join('\n\n');
  const html = [
    '<!doctype html>',
    `<html lang="${mail.locales[0]}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5">',
    ...parts.map((p) =>
      [
        `<div lang="${p.locale}">`,
        `<h2 style="font-size: 16px">${escapeHtml(p.title)}</h2>`,
        paragraphs(p.body),
        link ? `<p><a href="${escapeHtml(link)}">${OPEN[p.locale]}</a></p>` : '',
        '</div>',
      ].filter(Boolean).join('\n'),
    ),
    ...(footer ? ['<hr>'] : []),
    ...(footer ? mail.locales : []).map((locale) => `<p lang="${locale}" style="color: #666; font-size: 12px">${escapeHtml(FOOTER[locale](settings)).replace(escapeHtml(settings), `<a href="${escapeHtml(settings)}">${escapeHtml(settings)}</a>`)}</p>`),
    '</body></html>',
  ].join('\n');
  return {
    subject,
    text,
    html,
    messageId: messageIdFor(config.smtpFrom, mail.id),
    // The settings page, which needs the signed-in user. No List-Unsubscribe-Post: RFC 8058 allows it only for an
    // address that unsubscribes on an anonymous POST, which would need a signed per-user token (not built yet).
    headers: { ...(footer ? { 'List-Unsubscribe': `<${settings}>` } : {}), ...mail.headers },
  };
}
