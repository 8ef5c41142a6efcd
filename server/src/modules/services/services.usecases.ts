import type { AppDeps } from '../../app-deps.ts';
import type { DataChanges } from '../../db/data-changes.ts';
import type { AvailabilityStatus, ServiceCategory, ServiceChannel } from '../../db/schema.ts';
import { commonErrors } from '../../shared/errors.ts';
import type { Actor } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { auditedTransaction, type Trx } from '../audit/audit.usecases.ts';
import { servicesErrors } from './services.errors.ts';
import { LIVE_STATUSES, shiftMonth } from './services.models.ts';
import { inScope, type MemberScope } from './services.policies.ts';
import * as repo from './services.repository.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
export type WriteDeps = Deps & { actor: Actor; dataChanges?: DataChanges };

export interface ServiceInput {
  code: string; nameZh: string; nameEn?: string; category: ServiceCategory; legalBasisZh?: string; legalBasisEn?: string;
  bodies?: { memberCode: string; bodyCode: string }[];
  /** Demo data only (never from the API). */
  isDemo?: boolean;
}
export type ServicePatch = Partial<Omit<ServiceInput, 'code' | 'isDemo'>> & { version: number };

export interface AvailabilityInput {
  status: AvailabilityStatus; since?: string | null; channels: ServiceChannel[]; allCities: boolean; cityCodes?: string[]; note?: string; version?: number;
}

/** Each responsible body must exist and belong to the member it is named for; one body per member. */
async function checkBodies(trx: Trx, bodies: { memberCode: string; bodyCode: string }[]) {
  const found = new Map((await repo.bodiesByCodes(trx, bodies.map((b) => b.bodyCode))).map((b) => [b.code, b.member_code]));
  for (const [i, b] of bodies.entries()) {
    if (!(await repo.memberExists(trx, b.memberCode))) throw servicesErrors.unknownMember(`bodies[${i}].memberCode`, b.memberCode);
    if (found.get(b.bodyCode) !== b.memberCode) throw servicesErrors.bodyNotOfMember(`bodies[${i}].bodyCode`, b.bodyCode, b.memberCode);
  }
  return [...new Map(bodies.map((b) => [b.memberCode, b])).values()];
}

export async function createService(deps: WriteDeps, input: ServiceInput): Promise<string> {
  return auditedTransaction(deps, async (trx, audit) => {
    const bodies = await checkBodies(trx, input.bodies ?? []);
    const now = deps.clock.now();
    const id = await repo.insertService(trx, {
      code: input.code, name_zh: input.nameZh, name_en: input.nameEn ?? '', category: input.category,
      legal_basis_zh: input.legalBasisZh ?? '', legal_basis_en: input.legalBasisEn ?? '', is_demo: input.isDemo ?? false, created_at: now, updated_at: now,
    });
    if (!id) throw servicesErrors.codeTaken(input.code);
    await repo.replaceBodies(trx, id, bodies);
    audit({ action: 'service.create', objectType: 'public_service', objectId: id, summary: { code: input.code, category: input.category, bodies: bodies.map((b) => `${b.memberCode}:${b.bodyCode}`) } });
    return id;
  });
}

export async function updateService(deps: WriteDeps, id: string, patch: ServicePatch) {
  await auditedTransaction(deps, async (trx, audit) => {
    const service = await repo.findServiceForUpdate(trx, id);
    if (!service) throw servicesErrors.notFound();
    if (service.version !== patch.version) throw commonErrors.versionConflict(service.version);
    const values = {
      ...(patch.nameZh !== undefined ? { name_zh: patch.nameZh } : {}), ...(patch.nameEn !== undefined ? { name_en: patch.nameEn } : {}),
      ...(patch.category !== undefined ? { category: patch.category } : {}),
      ...(patch.legalBasisZh !== undefined ? { legal_basis_zh: patch.legalBasisZh } : {}), ...(patch.legalBasisEn !== undefined ? { legal_basis_en: patch.legalBasisEn } : {}),
    };
    await repo.updateService(trx, id, values, deps.clock.now());
    if (patch.bodies) await repo.replaceBodies(trx, id, await checkBodies(trx, patch.bodies));
    const changed = Object.keys(patch).filter((k) => k !== 'version');
    audit({ action: 'service.update', objectType: 'public_service', objectId: id, summary: { code: service.code, changed } });
  });
  return getService(deps, id);
}

export async function getService(deps: Deps, id: string) {
  const service = await repo.findService(deps.db, id);
  if (!service) throw servicesErrors.notFound();
  const [bodies, availability, indicators] = await Promise.all([repo.bodiesOf(deps.db, [id]), repo.availabilityOf(deps.db, [id]), repo.indicatorsOfService(deps.db, id)]);
  return { service, bodies, availability, indicators };
}

export async function listServices(deps: Deps, query: { category?: ServiceCategory; q?: string; memberCode?: string; status?: AvailabilityStatus }) {
  const services = await repo.listServices(deps.db, query);
  const ids = services.map((s) => s.id);
  const [bodies, availability] = await Promise.all([repo.bodiesOf(deps.db, ids), repo.availabilityOf(deps.db, ids)]);
  return services.map((service) => ({
    service, bodies: bodies.filter((b) => b.service_id === service.id), availability: availability.filter((a) => a.service_id === service.id),
  }));
}

/**
 * Sets a member's availability of a service: the Office any member's, a liaison or
 * editor their own. A first record needs no version; a change needs the version
 * read (409 otherwise). Each change appends a revision to the kept history;
 * saving the same values again changes nothing.
 */
export async function putAvailability(deps: WriteDeps, serviceId: string, memberCode: string, scope: MemberScope, input: AvailabilityInput, options: { isDemo?: boolean } = {}) {
  if (!inScope(scope, memberCode)) throw servicesErrors.notOwnMember('memberCode');
  const cityCodes = input.allCities ? [] : [...new Set(input.cityCodes ?? [])].sort();
  if (input.allCities && input.cityCodes?.length) throw servicesErrors.citiesWithAll();
  if (!input.allCities && cityCodes.length === 0) throw servicesErrors.citiesNeeded();
  if (LIVE_STATUSES.includes(input.status) && input.channels.length === 0) throw servicesErrors.channelsNeeded(input.status);
  if (LIVE_STATUSES.includes(input.status) && !input.since) throw servicesErrors.sinceNeeded(input.status);
  return auditedTransaction(deps, async (trx, audit) => {
    if (!(await repo.findService(trx, serviceId))) throw servicesErrors.notFound();
    if (!(await repo.memberExists(trx, memberCode))) throw servicesErrors.unknownMember('memberCode', memberCode);
    const cities = new Map((await repo.citiesByCodes(trx, cityCodes)).map((c) => [c.code, c.member_code]));
    const stray = cityCodes.find((c) => cities.get(c) !== memberCode);
    if (stray) throw servicesErrors.cityNotOfMember(stray, memberCode);
    const now = deps.clock.now();
    const values = {
      status: input.status, since: input.since ?? null, channels: [...input.channels].sort(), all_cities: input.allCities, city_codes: cityCodes,
      note: input.note ?? '', is_demo: options.isDemo ?? false, updated_at: now, updated_by: deps.actor.userId,
    };
    const current = await repo.findAvailabilityForUpdate(trx, serviceId, memberCode);
    const by = { userId: deps.actor.userId, name: deps.actor.username };
    if (!current) {
      const row = await repo.insertAvailability(trx, { service_id: serviceId, member_code: memberCode, ...values });
      await repo.appendHistory(trx, row, 1, by, now);
      audit({ action: 'service.availability.set', objectType: 'public_service', objectId: serviceId, summary: { memberCode, status: input.status, revision: 1 } });
      return row;
    }
    if (input.version === undefined) throw servicesErrors.versionRequired(current.version);
    if (current.version !== input.version) throw commonErrors.versionConflict(current.version);
    const same = current.status === values.status && current.since === values.since && current.all_cities === values.all_cities && current.note === values.note
      && current.channels.join() === values.channels.join() && current.city_codes.join() === values.city_codes.join();
    if (same) return current;
    const row = await repo.updateAvailability(trx, current.id, values);
    await repo.appendHistory(trx, row, row.version, by, now);
    audit({ action: 'service.availability.set', objectType: 'public_service', objectId: serviceId, summary: { memberCode, from: current.status, status: input.status, revision: row.version } });
    return row;
  });
}

export const availabilityHistory = async (deps: Deps, serviceId: string, memberCode?: string) => {
  if (!(await repo.findService(deps.db, serviceId))) throw servicesErrors.notFound();
  return repo.historyOf(deps.db, serviceId, memberCode);
};

/** The current month in the region's time zone (YYYY-MM). */
export async function currentMonth(deps: Deps): Promise<string> {
  return calendarDateIn(deps.clock.now(), await regionTimeZone(deps.db)).slice(0, 7);
}

/** Service × member at a glance, with each service's usage over the last 12 months: four queries, whatever the size. */
export async function serviceMatrix(deps: Deps) {
  const to = await currentMonth(deps);
  const from = shiftMonth(to, -11);
  const [members, services, availability, usage] = await Promise.all([
    repo.membersOf(deps.db), repo.listAllServices(deps.db), repo.allAvailability(deps.db), repo.recentUsage(deps.db, `${from}-01`, `${to}-01`),
  ]);
  const cell = new Map(availability.map((a) => [`${a.service_id}|${a.member_code}`, a]));
  return {
    members: members.map((m) => ({ code: m.code, nameZh: m.name_zh, nameEn: m.name_en })),
    recentMonths: { from, to },
    rows: services.map((s) => ({
      id: s.id, code: s.code, nameZh: s.name_zh, nameEn: s.name_en, category: s.category, isDemo: s.is_demo, usageRecent: usage.get(s.id) ?? 0,
      cells: members.map((m) => {
        const a = cell.get(`${s.id}|${m.code}`);
        return { memberCode: m.code, status: a?.status ?? null, channels: a?.channels ?? [], allCities: a?.all_cities ?? false, cityCount: a?.city_codes.length ?? 0, since: a?.since ?? null };
      }),
    })),
  };
}
