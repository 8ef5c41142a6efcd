/**
 * Demo public services: five services named in the 2024 symposium report
 * (cross-provincial direct settlement of medical insurance, the social security
 * card, employment services, pension qualification certification, cross-province
 * handling of government services), each member's availability, and 24 months of
 * usage per origin → destination. Availability and usage are INVENTED: every
 * record is is_demo, names carry 【演示】/[Demo], notes say "demo data, not the
 * real state", and the UI tags them — no figure here is presented as real.
 * Loaded once (its own flag), so an existing installation gets it on next start.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { AvailabilityStatus, ServiceCategory, ServiceChannel } from '../../db/schema.ts';
import { systemActor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { getSetting, putSetting } from '../region/region.repository.ts';
import { shiftMonth } from '../services/services.models.ts';
import { createService, currentMonth, putAvailability } from '../services/services.usecases.ts';
import { upsertUsageRows, type UsageKey } from '../services/usage.repository.ts';
import { idByCode } from './demo.repository.ts';

const FLAG = 'demo.services_loaded';
const MEMBERS = ['310000', '320000', '330000', '340000'];
const NOTE = '演示数据，非真实开通情况 / Demo data, not the real state';
const MONTHS = 24;

interface DemoService {
  code: string; nameZh: string; nameEn: string; category: ServiceCategory;
  /** Per member: status, since, channels, cities (empty: all). */
  availability: Record<string, [AvailabilityStatus, string | null, ServiceChannel[], string[]]>;
  /** Monthly uses from one member's residents in another, before noise; 0: no usage kept. */
  scale: number;
}

const SERVICES: DemoService[] = [
  {
    code: 'DEMO-MED-SETTLE', nameZh: '【演示】跨省异地就医直接结算', nameEn: '[Demo] Cross-provincial direct settlement of medical insurance', category: 'medical_insurance', scale: 9000,
    availability: { 310000: ['available', '2019-09-01', ['online', 'app', 'counter'], []], 320000: ['available', '2019-09-01', ['online', 'app', 'counter'], []], 330000: ['available', '2019-09-01', ['online', 'app', 'counter'], []], 340000: ['available', '2020-03-01', ['app', 'counter'], []] },
  },
  {
    code: 'DEMO-SSC', nameZh: '【演示】社会保障卡居民服务“一卡通”', nameEn: '[Demo] Social security card "one card" services', category: 'social_security', scale: 4000,
    availability: { 310000: ['available', '2021-06-01', ['app', 'counter'], []], 320000: ['available', '2021-09-01', ['app', 'counter'], []], 330000: ['pilot', '2022-01-01', ['counter'], ['330100', '330200', '330400']], 340000: ['pilot', '2022-07-01', ['counter'], ['340100', '341800']] },
  },
  {
    code: 'DEMO-EMPLOY', nameZh: '【演示】跨区域就业服务', nameEn: '[Demo] Cross-regional employment services', category: 'employment', scale: 0,
    availability: { 310000: ['available', '2022-01-01', ['online'], []], 320000: ['pilot', '2023-03-01', ['online', 'counter'], ['320500', '320200']], 330000: ['planned', null, [], []], 340000: ['planned', null, [], []] },
  },
  {
    code: 'DEMO-PENSION-CERT', nameZh: '【演示】养老保险待遇资格认证', nameEn: '[Demo] Pension qualification certification', category: 'pension', scale: 1500,
    availability: { 310000: ['available', '2020-01-01', ['online', 'app'], []], 320000: ['available', '2020-06-01', ['online', 'app'], []], 330000: ['suspended', '2020-06-01', ['app'], []], 340000: ['available', '2021-01-01', ['app', 'counter'], []] },
  },
  {
    code: 'DEMO-GOV-ONLINE', nameZh: '【演示】政务服务“跨省通办”', nameEn: '[Demo] Cross-province handling of government services', category: 'government_services', scale: 6000,
    availability: { 310000: ['available', '2019-05-01', ['online', 'counter'], []], 320000: ['available', '2019-05-01', ['online', 'counter'], []], 330000: ['available', '2019-05-01', ['online', 'app', 'counter'], []], 340000: ['available', '2019-08-01', ['online', 'counter'], []] },
  },
];

/** Deterministic noise in [0, 1): every installation shows the same demo. */
function noise(...parts: (string | number)[]): number {
  let h = 2166136261;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}
/** Invented pull of each destination (Shanghai's hospitals draw most in this story) and push of each origin. */
const PULL: Record<string, number> = { 310000: 1.6, 320000: 0.9, 330000: 0.8, 340000: 0.4 };
const PUSH: Record<string, number> = { 310000: 0.5, 320000: 1.0, 330000: 0.8, 340000: 1.4 };

export async function loadDemoServices(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<{ loaded: boolean; services: number; usageRows: number }> {
  if ((await getSetting(deps.db, FLAG)) === true) return { loaded: false, services: 0, usageRows: 0 };
  const write = { ...deps, actor: systemActor('demo-data') };
  const last = shiftMonth(await currentMonth(deps), -1);
  let usageRows = 0;
  for (const s of SERVICES) {
    if (await idByCode(deps.db, 'public_services', s.code)) continue; // an interrupted earlier run: keep what it wrote
    const id = await createService(write, {
      code: s.code, nameZh: s.nameZh, nameEn: s.nameEn, category: s.category, isDemo: true,
      legalBasisZh: '演示数据：法律依据从略', legalBasisEn: 'Demo data: legal basis omitted',
      bodies: MEMBERS.map((m) => ({ memberCode: m, bodyCode: `drc-${m}` })),
    });
    for (const m of MEMBERS) {
      const [status, since, channels, cities] = s.availability[m]!;
      await putAvailability(write, id, m, 'all', { status, since, channels, allCities: cities.length === 0, cityCodes: cities, note: NOTE }, { isDemo: true });
    }
    if (s.scale === 0) continue;
    const rows: (UsageKey & { count: number })[] = [];
    for (let i = MONTHS - 1; i >= 0; i--) {
      const month = shiftMonth(last, -i);
      const growth = 1 + (MONTHS - i) * 0.02;
      for (const o of MEMBERS) for (const d of MEMBERS) {
        if (o === d) continue; // cross-member use only
        rows.push({ serviceId: id, origin: o, destination: d, month, count: Math.round(s.scale * PUSH[o]! * PULL[d]! * growth * (0.85 + 0.3 * noise(s.code, o, d, month))) });
      }
    }
    await auditedTransaction(write, async (trx, audit) => {
      await upsertUsageRows(trx, rows, null, deps.clock.now(), true);
      audit({ action: 'service.usage.import', objectType: 'public_service', objectId: id, summary: { rows: rows.length, demo: true } });
    });
    usageRows += rows.length;
  }
  await putSetting(deps.db, FLAG, true);
  return { loaded: true, services: SERVICES.length, usageRows };
}
