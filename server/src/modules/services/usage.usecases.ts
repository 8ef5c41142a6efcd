import type { AppDeps } from '../../app-deps.ts';
import type { UsageBasis } from '../../db/schema.ts';
import { commonErrors } from '../../shared/errors.ts';
import { systemActor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { createIndicator } from '../indicators/indicators.usecases.ts';
import { findIndicatorByCode } from '../indicators/indicators.repository.ts';
import { upsertObservations, type UpsertResult } from '../indicators/observations.usecases.ts';
import { servicesErrors } from './services.errors.ts';
import { inScope, type MemberScope } from './services.policies.ts';
import * as services from './services.repository.ts';
import { currentMonth, type WriteDeps } from './services.usecases.ts';
import * as repo from './usage.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
export interface Range { from?: string; to?: string }

function checkRange(r: Range) {
  if (r.from && r.to && r.to < r.from) throw servicesErrors.badRange();
}
async function requireService(deps: Deps, id: string) {
  const service = await services.findService(deps.db, id);
  if (!service) throw servicesErrors.notFound();
  return service;
}

/**
 * Sets one usage count. The ORIGIN member owns a row (its residents used the
 * service in the destination member; its own agency records it): a liaison or
 * editor writes rows whose origin is their member, the Office any. A new row
 * needs no version; a change needs the version read (409 otherwise).
 */
export async function putUsage(deps: WriteDeps, key: repo.UsageKey, scope: MemberScope, input: { count: number; version?: number }, options: { isDemo?: boolean } = {}) {
  if (!inScope(scope, key.origin)) throw servicesErrors.notOwnMember('origin');
  if (key.month > (await currentMonth(deps))) throw servicesErrors.futureMonth('month', key.month);
  const row = await auditedTransaction(deps, async (trx, audit) => {
    if (!(await services.findService(trx, key.serviceId))) throw servicesErrors.notFound();
    for (const [field, code] of [['origin', key.origin], ['destination', key.destination]] as const) {
      if (!(await services.memberExists(trx, code))) throw servicesErrors.unknownMember(field, code);
    }
    const now = deps.clock.now();
    const current = await repo.findUsageForUpdate(trx, key);
    if (!current) {
      const created = await repo.insertUsage(trx, key, input.count, deps.actor.userId, now, options.isDemo ?? false);
      audit({ action: 'service.usage.set', objectType: 'public_service', objectId: key.serviceId, summary: { origin: key.origin, destination: key.destination, month: key.month, count: input.count } });
      return created;
    }
    if (input.version === undefined) throw servicesErrors.versionRequired(current.version);
    if (current.version !== input.version) throw commonErrors.versionConflict(current.version);
    if (Number(current.count) === input.count) return current;
    const updated = await repo.updateUsage(trx, key, input.count, deps.actor.userId, now);
    audit({ action: 'service.usage.set', objectType: 'public_service', objectId: key.serviceId, summary: { origin: key.origin, destination: key.destination, month: key.month, from: Number(current.count), count: input.count } });
    return updated;
  });
  await syncDeclaredIndicators(deps, [key.serviceId]);
  return row;
}

export async function usageRows(deps: Deps, serviceId: string, range: Range) {
  checkRange(range);
  await requireService(deps, serviceId);
  return repo.usageRows(deps.db, serviceId, range);
}

/** Origin → destination over a range; the totals are sums of the same cells, so they equal the rows. */
export async function usageMatrix(deps: Deps, serviceId: string, range: Range) {
  checkRange(range);
  await requireService(deps, serviceId);
  const [cells, members] = await Promise.all([repo.usageCells(deps.db, serviceId, range), services.membersOf(deps.db)]);
  const origin = new Map<string, number>();
  const destination = new Map<string, number>();
  let total = 0;
  for (const c of cells) {
    const n = Number(c.total);
    origin.set(c.origin_member_code, (origin.get(c.origin_member_code) ?? 0) + n);
    destination.set(c.destination_member_code, (destination.get(c.destination_member_code) ?? 0) + n);
    total += n;
  }
  const codes = members.map((m) => m.code);
  return {
    from: range.from ?? null, to: range.to ?? null, members: codes,
    cells: cells.map((c) => ({ originMemberCode: c.origin_member_code, destinationMemberCode: c.destination_member_code, count: Number(c.total) })),
    originTotals: codes.map((memberCode) => ({ memberCode, count: origin.get(memberCode) ?? 0 })),
    destinationTotals: codes.map((memberCode) => ({ memberCode, count: destination.get(memberCode) ?? 0 })),
    total, isDemo: cells.some((c) => c.demo),
  };
}

/** Per month: the total, and each origin member's part. */
export async function usageTrend(deps: Deps, serviceId: string, range: Range) {
  checkRange(range);
  await requireService(deps, serviceId);
  const rows = await repo.usageByMonthAndOrigin(deps.db, serviceId, range);
  const months = new Map<string, number>();
  const byOrigin = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const n = Number(r.total);
    months.set(r.month, (months.get(r.month) ?? 0) + n);
    const series = byOrigin.get(r.origin_member_code) ?? new Map<string, number>();
    series.set(r.month, n);
    byOrigin.set(r.origin_member_code, series);
  }
  return {
    items: [...months].map(([month, count]) => ({ month, count })),
    byOrigin: [...byOrigin].map(([memberCode, series]) => ({ memberCode, items: [...series].map(([month, count]) => ({ month, count })) })),
  };
}

const LEVEL_OF: Record<UsageBasis, 'member' | 'region'> = { origin: 'member', destination: 'member', total: 'region' };
const BASIS_LABEL: Record<UsageBasis, { zh: string; en: string }> = {
  origin: { zh: '按来源成员', en: 'by origin member' }, destination: { zh: '按目的地成员', en: 'by destination member' }, total: { zh: '区域合计', en: 'regional total' },
};

/**
 * Declares a service's usage series as an indicator (the Office): monthly,
 * integer, per origin member, per destination member, or the region's total.
 * The indicator is created through the indicators module (or an existing one of
 * the same shape is linked), and the series is written as its observations
 * through the indicators' batch upsert, so it enters dashboards and the index.
 * Declaring again re-writes the series (idempotent).
 */
export async function declareIndicator(deps: WriteDeps, serviceId: string, input: { basis: UsageBasis; code: string; nameZh?: string; nameEn?: string }) {
  const service = await requireService(deps, serviceId);
  const linked = (await repo.declaredOf(deps.db, [serviceId])).find((d) => d.basis === input.basis);
  let created = false;
  if (linked && linked.code !== input.code) throw servicesErrors.indicatorMismatch(input.code);
  if (!linked) {
    const existing = await findIndicatorByCode(deps.db, input.code);
    if (existing) {
      if (existing.level !== LEVEL_OF[input.basis] || existing.frequency !== 'monthly' || existing.value_kind !== 'integer') throw servicesErrors.indicatorMismatch(input.code);
      if (await repo.linkOfIndicator(deps.db, existing.id)) throw servicesErrors.indicatorTaken(input.code);
    } else {
      const label = BASIS_LABEL[input.basis];
      await createIndicator(deps, {
        code: input.code, level: LEVEL_OF[input.basis], frequency: 'monthly', valueKind: 'integer', minValue: 0, direction: 'higher',
        nameZh: input.nameZh ?? `${service.name_zh}使用量（${label.zh}）`, nameEn: input.nameEn ?? `${service.name_en || service.code} usage (${label.en})`,
        unitZh: '人次', unitEn: 'uses', focusAreaCode: null,
        definitionZh: `公共服务 ${service.code} 每月跨成员使用次数，${label.zh}汇总。`, definitionEn: `Monthly cross-member uses of public service ${service.code}, ${label.en}.`,
        isDemo: service.is_demo,
      });
      created = true;
    }
    const indicator = (await findIndicatorByCode(deps.db, input.code))!;
    await auditedTransaction(deps, async (trx, audit) => {
      await repo.linkIndicator(trx, serviceId, input.basis, indicator.id, deps.clock.now());
      audit({ action: 'service.indicator.declare', objectType: 'public_service', objectId: serviceId, summary: { basis: input.basis, indicatorCode: input.code, created } });
    });
  }
  const observations = await writeSeries(deps, serviceId, input.basis, input.code);
  return { code: input.code, basis: input.basis, created, observations };
}

async function writeSeries(deps: WriteDeps, serviceId: string, basis: UsageBasis, code: string): Promise<UpsertResult> {
  const series = await repo.seriesOf(deps.db, serviceId, basis);
  // Derived values: written on the system's account (audited), whoever changed the usage.
  return upsertObservations({ ...deps, actor: systemActor('services') }, {
    items: series.map((s) => ({ indicatorCode: code, scopeCode: s.scope, period: s.month, value: s.total, source: `services:${serviceId}` })),
    memberScope: 'all', origin: 'api',
  });
}

/** After usage changes, the declared indicators of those services get the new sums. */
export async function syncDeclaredIndicators(deps: WriteDeps, serviceIds: string[]) {
  for (const d of await repo.declaredOf(deps.db, [...new Set(serviceIds)])) await writeSeries(deps, d.service_id, d.basis, d.code);
}
