/**
 * Trigger thresholds on indicators. The indicators module calls
 * evaluateRiskTriggers in the transaction that writes observations (one entry,
 * a correction, the batch upsert behind the push API and the Excel import), so
 * an alert exists exactly when the values that raised it do.
 *
 * Per trigger × scope a state says whether the threshold is crossed now: an
 * alert is raised only when it turns crossed, so importing the same values
 * again raises nothing; a period that does not cross resets it, and the next
 * crossing raises a new alert.
 */
import type { AppConfig } from '../../config.ts';
import { translate, type Locale } from '../../i18n/messages.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Actor } from '../../shared/principal.ts';
import type { RecordAudit, Trx } from '../audit/audit.usecases.ts';
import { notifyUser } from '../notifications/notifications.usecases.ts';
import { decide } from './risks.models.ts';
import * as repo from './risks.triggers.repository.ts';

export interface TriggerDeps {
  clock: Clock;
  actor: Actor;
  /** E-mail settings when the caller has them (the notice is in the inbox either way). */
  config?: Pick<AppConfig, 'smtpUrl'>;
}
/** An observation that was written (or written again unchanged) for an indicator in a scope. */
export interface ObservationTouch { indicatorId: string; scopeKey: string }

const COMPARISON_TEXT: Record<string, Record<Locale, string>> = {
  '<': { 'zh-CN': '低于', en: 'below' }, '<=': { 'zh-CN': '不高于', en: 'at or below' },
  '>': { 'zh-CN': '高于', en: 'above' }, '>=': { 'zh-CN': '不低于', en: 'at or above' },
};

/** Evaluates the triggers on the touched indicator × scope pairs; answers how many alerts were raised. */
export async function evaluateRiskTriggers(trx: Trx, deps: TriggerDeps, audit: RecordAudit, touched: ObservationTouch[]): Promise<number> {
  if (touched.length === 0) return 0;
  const scopesOf = new Map<string, Set<string>>();
  for (const t of touched) scopesOf.set(t.indicatorId, (scopesOf.get(t.indicatorId) ?? new Set()).add(t.scopeKey));
  const triggers = await repo.liveTriggers(trx, [...scopesOf.keys()]);
  if (triggers.length === 0) return 0;
  const now = deps.clock.now();
  let raised = 0;
  for (const trigger of triggers) {
    const scopes = [...scopesOf.get(trigger.indicator_id)!].filter((s) => trigger.scope_key === null || trigger.scope_key === s).sort();
    for (const scopeKey of scopes) {
      const latest = (await repo.latestValues(trx, trigger.indicator_id, scopeKey, trigger.periods))
        .map((o) => ({ period: o.period, periodStart: o.period_start, value: Number(o.value) }));
      if (latest.length === 0) continue;
      const wasCrossed = await repo.lockState(trx, trigger.id, scopeKey, latest[0]!.period);
      const outcome = decide(wasCrossed, latest, { comparison: trigger.comparison, threshold: Number(trigger.threshold), periods: trigger.periods }, trigger.frequency);
      if (outcome.crossed !== wasCrossed || outcome.raise) await repo.saveState(trx, trigger.id, scopeKey, outcome.crossed, latest[0]!.period, now);
      if (outcome.crossed !== wasCrossed && !outcome.crossed) {
        audit({ action: 'risk.trigger_recovered', objectType: 'risk', objectId: trigger.risk_id, summary: { triggerId: trigger.id, indicator: trigger.indicator_code, scope: scopeKey, period: latest[0]!.period } });
      }
      if (outcome.raise) {
        await raiseAlert(trx, deps, audit, trigger, scopeKey, latest.slice(0, trigger.periods), now);
        raised += 1;
      }
    }
  }
  return raised;
}

async function raiseAlert(trx: Trx, deps: TriggerDeps, audit: RecordAudit, trigger: repo.LiveTrigger, scopeKey: string, window: { period: string; value: number }[], now: Date) {
  const newest = window[0]!;
  const periods = [...window].reverse().map((v) => ({ period: v.period, value: v.value }));
  const alertId = await repo.insertAlert(trx, {
    riskId: trigger.risk_id, triggerId: trigger.id, scopeKey, period: newest.period, value: newest.value, periods, by: deps.actor.username, isDemo: trigger.is_demo, now,
  });
  const recipients = await repo.alertRecipients(trx, trigger.owner_member_codes);
  audit({
    action: 'risk.alert', objectType: 'risk', objectId: trigger.risk_id,
    summary: { alertId, triggerId: trigger.id, indicator: trigger.indicator_code, scope: scopeKey, period: newest.period, value: newest.value, comparison: trigger.comparison, threshold: Number(trigger.threshold), periods: trigger.periods, notified: recipients.length },
  });
  const scope = await repo.scopeNames(trx, scopeKey);
  const params = (locale: Locale) => ({
    code: trigger.risk_code, title: locale === 'en' ? trigger.risk_title_en || trigger.risk_title_zh : trigger.risk_title_zh,
    indicator: `${trigger.indicator_code} ${locale === 'en' ? trigger.indicator_name_en || trigger.indicator_name_zh : trigger.indicator_name_zh}`.trim(),
    scope: locale === 'en' ? scope.en : scope.zh, periods: trigger.periods, comparison: COMPARISON_TEXT[trigger.comparison]![locale],
    threshold: Number(trigger.threshold), period: newest.period, value: newest.value,
  });
  const text = (locale: Locale, part: 'title' | 'body') => translate(locale, `notifications.handoff.risks.alert.${part}`, params(locale));
  for (const userId of recipients) {
    await notifyUser(trx, { smtpUrl: deps.config?.smtpUrl }, {
      userId, kind: 'risks.alert', dedupKey: `risk-alert:${alertId}:${userId}`,
      titleZh: text('zh-CN', 'title'), titleEn: text('en', 'title'), bodyZh: text('zh-CN', 'body'), bodyEn: text('en', 'body'),
      link: `/risks/${trigger.risk_id}?alert=${alertId}`,
    }, now);
  }
}
