/**
 * Hand-offs: when work changes hands (a report filed, returned, accepted;
 * minutes drafted, approved, finalised; a matter moved; tasks assigned; a role
 * granted), the people who now have to act — or whose work was acted on — get
 * a notice in their inbox (and by e-mail as they chose).
 *
 * A notice is written in the caller's transaction, so it exists exactly when
 * the change does; it names the record by its title in both languages (the
 * reader sees theirs), says who did what, and links to the exact item. It is
 * never sent to the actor, never twice (dedup key: kind, event, recipient),
 * and never to anyone who may not read the record.
 */
import type { AppConfig } from '../../config.ts';
import type { RoleName } from '../../db/schema.ts';
import { translate, type Locale } from '../../i18n/messages.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Actor } from '../../shared/principal.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import type { NoticeKind } from './notifications.kinds.ts';
import { notifyUser } from './notifications.usecases.ts';
import * as repo from './handoffs.repository.ts';
import { emitWebhookEvent, isHandoffWebhookEvent, type HandoffWebhookEvent } from './webhooks.usecases.ts';

export type { Audience } from './handoffs.repository.ts';

/** The work records every work role reads (tasks and reports, meetings, decisions, agreements, matters). */
const WORK_READERS: readonly RoleName[] = ['office', 'liaison', 'editor', 'observer'];

export type NoticeRecord =
  | { type: 'task' | 'meeting' | 'decision' | 'agreement' | 'matter'; id: string; titleZh: string; titleEn: string }
  /** A user's own account: only its holder reads it. */
  | { type: 'user'; id: string };

export type LocalParams = Record<Locale, Record<string, unknown>>;

export interface Handoff {
  kind: NoticeKind;
  record: NoticeRecord;
  audience: repo.Audience;
  /** What makes this hand-off unique, e.g. the report's id; with the kind and the recipient it is the dedup key. */
  event: string;
  /** A path in the web app that opens the exact item (e.g. /tasks/<id>?report=<reportId>). */
  link: string;
  /** Text parameters per language besides {actor} and {title}. */
  params?: Partial<LocalParams>;
}

/** What announcing needs: the clock, who acted, and the e-mail settings when the caller has them. */
export interface NoticeDeps {
  clock: Clock;
  actor: Actor;
  config?: Pick<AppConfig, 'smtpUrl'>;
}

/** A title to show in a language: the English one falls back to the Chinese (the working language). */
export const titleIn = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en || zh : zh);

async function actorNames(trx: Trx, actor: Actor): Promise<Record<Locale, string>> {
  if (!actor.userId) return { 'zh-CN': '系统', en: 'The system' };
  const name = (await repo.displayNameOf(trx, actor.userId)) ?? actor.username;
  return { 'zh-CN': name, en: name };
}

/**
 * Writes the hand-off's notices and, for the work hand-offs, queues its webhook
 * event (whether or not anyone here gets a notice: receivers outside see every
 * hand-off). Answers who got a notice (new or already there).
 */
export async function announce(trx: Trx, deps: NoticeDeps, handoff: Handoff): Promise<string[]> {
  const readers: repo.Readers = handoff.record.type === 'user' ? { self: handoff.record.id } : { roles: WORK_READERS };
  const users = await repo.recipients(trx, handoff.audience, readers, deps.actor.userId);
  const hooked = isHandoffWebhookEvent(handoff.kind) && handoff.record.type !== 'user';
  if (users.length === 0 && !hooked) return [];
  const actor = await actorNames(trx, deps.actor);
  const text = (locale: Locale, part: 'title' | 'body') => {
    const record = handoff.record;
    const title = record.type === 'user' ? '' : titleIn(locale, record.titleZh, record.titleEn);
    return translate(locale, `notifications.handoff.${handoff.kind}.${part}`, { actor: actor[locale], title, ...handoff.params?.[locale] }).trim();
  };
  const content = { titleZh: text('zh-CN', 'title'), titleEn: text('en', 'title'), bodyZh: text('zh-CN', 'body'), bodyEn: text('en', 'body') };
  const now = deps.clock.now();
  if (hooked && handoff.record.type !== 'user') {
    // The payload of docs/webhooks/events.schema.json#/$defs/handoff; a test checks the two agree.
    await emitWebhookEvent(trx, handoff.kind as HandoffWebhookEvent, `handoff:${handoff.kind}:${handoff.event}`, {
      record: { type: handoff.record.type, id: handoff.record.id, titleZh: handoff.record.titleZh, titleEn: handoff.record.titleEn },
      ref: handoff.event,
      actor: { userId: deps.actor.userId, name: actor.en },
      link: handoff.link,
      text: { 'zh-CN': { title: content.titleZh, body: content.bodyZh }, en: { title: content.titleEn, body: content.bodyEn } },
    }, now);
  }
  for (const userId of users) {
    await notifyUser(trx, { smtpUrl: deps.config?.smtpUrl }, { userId, kind: handoff.kind, dedupKey: `handoff:${handoff.kind}:${handoff.event}:${userId}`, link: handoff.link, ...content }, now);
  }
  return users;
}

/** The same parameter in both languages (codes, numbers, free text as written). */
export const same = (params: Record<string, unknown>): LocalParams => ({ 'zh-CN': params, en: params });

/** Merges per-language parameter sets. */
export function merge(...sets: Partial<LocalParams>[]): LocalParams {
  return { 'zh-CN': Object.assign({}, ...sets.map((s) => s['zh-CN'] ?? {})), en: Object.assign({}, ...sets.map((s) => s.en ?? {})) };
}

/** A member's name in both languages (the code when unknown). */
export async function memberParam(trx: Trx, key: string, codes: string[]): Promise<LocalParams> {
  const names = await repo.memberNames(trx, codes);
  const join = (locale: Locale) => codes.map((c) => (locale === 'en' ? names.get(c)?.en : names.get(c)?.zh) ?? c).join(locale === 'en' ? ', ' : '、');
  return { 'zh-CN': { [key]: join('zh-CN') }, en: { [key]: join('en') } };
}
