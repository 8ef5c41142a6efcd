/**
 * Demo indicators and observations: eight indicators at region, member and
 * city level, yearly, quarterly and monthly, across focus areas 1–7, with
 * values for 2019–2025 (every one of the region's cities for the city-level
 * ones, so the map is full), targets for the members, a few revisions and the
 * latest year still provisional. The values are INVENTED: every indicator and
 * value is is_demo, names say 【演示】/[Demo], and the source says "demo data, not
 * real statistics" — no real statistics office is named for them.
 * Re-running after an interruption finishes the job (each step is idempotent).
 */
import type { AppDeps } from '../../app-deps.ts';
import type { IndicatorFrequency } from '../../db/schema.ts';
import { systemActor } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { periodsOfYear, parsePeriod } from '../indicators/indicators.models.ts';
import { findIndicatorByCode } from '../indicators/indicators.repository.ts';
import { cityCodesInOrder, demoPlanId, memberCodesInOrder } from './demo.repository.ts';
import { createIndicator, putTargets, type IndicatorInput } from '../indicators/indicators.usecases.ts';
import { upsertObservations, type ObservationInput } from '../indicators/observations.usecases.ts';
import { getSetting, putSetting } from '../region/region.repository.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

const FLAG = 'demo.indicators_loaded';
export const DEMO_SOURCE = '演示数据（非真实统计） / Demo data (not real statistics)';
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const LABEL = {
  sourceOrgZh: '演示数据（非真实统计）', sourceOrgEn: 'Demo data (not real statistics)',
  methodNotesZh: '演示用编造的数值，仅用于展示平台功能，不是任何机构发布的统计数据。',
  methodNotesEn: 'Values invented to demonstrate the platform; they are not statistics published by anyone.',
};

type Scope = { code: string; index: number };
type Demo = Omit<IndicatorInput, 'nameZh' | 'nameEn'> & { nameZh: string; nameEn: string; value: (scope: Scope, year: number, part: number) => number; round: number };

/** Deterministic noise in [-1, 1]: every installation shows the same demo. */
function noise(...parts: (string | number)[]): number {
  let h = 2166136261;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 2001) / 1000 - 1;
}
const MEMBER_BASE = (code: string, bases: Record<string, number>) => bases[code] ?? 1;
/** Tourism and settlements dip in 2020–2022 in this invented story. */
const dip = (year: number) => ({ 2020: 0.6, 2021: 0.8, 2022: 0.75 })[year] ?? 1;

const DEMOS: Demo[] = [
  {
    code: 'DEMO_RD_INTENSITY', nameZh: '研发经费投入强度', nameEn: 'R&D expenditure intensity', unitZh: '%', unitEn: '%',
    valueKind: 'percent', focusAreaCode: '1', direction: 'higher', level: 'member', frequency: 'yearly', round: 2,
    definitionZh: '研发经费支出占地区生产总值的比重。', definitionEn: 'R&D expenditure as a share of gross regional product.',
    value: (s, y) => MEMBER_BASE(s.code, { '310000': 4.0, '320000': 2.8, '330000': 2.6, '340000': 2.0 }) + 0.06 * (y - 2019) + 0.05 * noise('rd', s.code, y),
  },
  {
    code: 'DEMO_MED_SETTLEMENTS', nameZh: '跨省异地就医直接结算人次', nameEn: 'Cross-member direct medical settlements', unitZh: '人次', unitEn: 'person-times',
    valueKind: 'integer', minValue: 0, focusAreaCode: '2', direction: 'higher', level: 'member', frequency: 'monthly', round: 0,
    definitionZh: '参保人在其他成员地区就医并直接结算的人次。', definitionEn: 'Visits by insured people in another member settled directly.',
    value: (s, y, m) => MEMBER_BASE(s.code, { '310000': 220_000, '320000': 160_000, '330000': 180_000, '340000': 120_000 })
      * (1 + 0.12 * (y - 2019)) * dip(y) * (1 + 0.06 * Math.sin((m / 12) * 2 * Math.PI)) * (1 + 0.03 * noise('med', s.code, y, m)),
  },
  {
    code: 'DEMO_FOREIGN_TRADE', nameZh: '区域进出口总额', nameEn: 'Total imports and exports of the region', unitZh: '亿元', unitEn: '100 million yuan',
    valueKind: 'decimal', minValue: 0, focusAreaCode: '3', direction: 'higher', level: 'region', frequency: 'quarterly', round: 1,
    value: (_, y, q) => (33_000 + 1_200 * (y - 2019) + 500 * q) * (y === 2020 && q === 1 ? 0.85 : 1) * (1 + 0.02 * noise('trade', y, q)),
  },
  {
    code: 'DEMO_GOOD_AIR_DAYS', nameZh: '空气质量优良天数比率', nameEn: 'Share of days with good air quality', unitZh: '%', unitEn: '%',
    valueKind: 'percent', focusAreaCode: '4', direction: 'higher', level: 'city', frequency: 'yearly', round: 1,
    value: (s, y) => Math.min(98, 72 + (s.index % 10) + 1.5 * (y - 2019) + 2 * noise('air', s.code, y)),
  },
  {
    code: 'DEMO_PM25', nameZh: 'PM2.5 月均浓度', nameEn: 'Monthly mean PM2.5 concentration', unitZh: '微克/立方米', unitEn: 'µg/m³',
    valueKind: 'decimal', minValue: 0, focusAreaCode: '4', direction: 'lower', level: 'city', frequency: 'monthly', round: 1,
    value: (s, y, m) => Math.max(8, 42 - 2 * (y - 2019) + 12 * Math.cos(((m - 1) / 12) * 2 * Math.PI) + (s.index % 7) + 4 * noise('pm', s.code, y, m)),
  },
  {
    code: 'DEMO_GRAIN_OUTPUT', nameZh: '粮食产量', nameEn: 'Grain output', unitZh: '万吨', unitEn: '10,000 tonnes',
    valueKind: 'decimal', minValue: 0, focusAreaCode: '5', direction: 'higher', level: 'member', frequency: 'yearly', round: 1,
    value: (s, y) => MEMBER_BASE(s.code, { '310000': 92, '320000': 3_720, '330000': 600, '340000': 4_050 }) * (1 + 0.005 * (y - 2019) + 0.01 * noise('grain', s.code, y)),
  },
  {
    code: 'DEMO_TOURIST_ARRIVALS', nameZh: '接待游客人次', nameEn: 'Tourist arrivals', unitZh: '万人次', unitEn: '10,000 person-times',
    valueKind: 'decimal', minValue: 0, focusAreaCode: '6', direction: 'higher', level: 'city', frequency: 'quarterly', round: 1,
    value: (s, y, q) => (800 + (s.index % 13) * 120) * [0.8, 1.1, 1.2, 0.9][q - 1]! * dip(y) * (1 + 0.04 * (y - 2019)) * (1 + 0.05 * noise('tour', s.code, y, q)),
  },
  {
    code: 'DEMO_MATTERS_RESOLVED', nameZh: '重大事项按期协调解决率', nameEn: 'Major matters resolved on time', unitZh: '%', unitEn: '%',
    valueKind: 'percent', focusAreaCode: '7', direction: 'higher', level: 'region', frequency: 'yearly', round: 1,
    value: (_, y) => Math.min(95, 60 + 5 * (y - 2019) + 2 * noise('matters', y)),
  },
];

const partOf = (period: string, frequency: IndicatorFrequency) => (frequency === 'yearly' ? 1 : frequency === 'quarterly' ? Number(period.slice(6)) : Number(period.slice(5)));
const rounded = (value: number, digits: number) => Number(value.toFixed(digits));

export async function loadDemoIndicators(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<{ loaded: boolean; indicators: number; observations: number }> {
  if ((await getSetting(deps.db, FLAG)) === true) return { loaded: false, indicators: 0, observations: 0 };
  const acting = { ...deps, actor: systemActor('demo-data') };
  const today = calendarDateIn(deps.clock.now(), await regionTimeZone(deps.db));
  const members = (await memberCodesInOrder(deps.db)).map((code, index) => ({ code, index }));
  const cities = (await cityCodesInOrder(deps.db)).map((code, index) => ({ code, index }));
  const items: ObservationInput[] = [];
  for (const demo of DEMOS) {
    const { value, round, ...definition } = demo;
    if (!(await findIndicatorByCode(deps.db, demo.code))) {
      await createIndicator(acting, { ...definition, ...LABEL, nameZh: `【演示】${demo.nameZh}`, nameEn: `[Demo] ${demo.nameEn}`, isDemo: true });
    }
    const scopes = demo.level === 'region' ? [{ code: 'region', index: 0 }] : demo.level === 'member' ? members : cities;
    for (const scope of scopes) {
      for (const year of YEARS) {
        for (const period of periodsOfYear(year, demo.frequency)) {
          if (parsePeriod(period, demo.frequency)!.periodStart > today) continue;
          items.push({
            indicatorCode: demo.code, scopeCode: scope.code, period, value: rounded(value(scope, year, partOf(period, demo.frequency)), round),
            source: DEMO_SOURCE, status: year >= 2025 ? 'provisional' : 'final',
          });
        }
      }
    }
  }
  const written = await upsertObservations(acting, { items, memberScope: 'all', origin: 'demo' });

  // A few corrections, so "latest" and "as first published" differ somewhere: two stay provisional, one is confirmed.
  const reason = '【演示】修订示例：补充核算后更正 / [Demo] example revision after supplementary accounting';
  const revise = (indicatorCode: string, scopeCode: string, period: string, factor: number, status: 'provisional' | 'final') => {
    const original = items.find((i) => i.indicatorCode === indicatorCode && i.scopeCode === scopeCode && i.period === period);
    return original ? [{ ...original, value: rounded(original.value * factor, 2), status, reason }] : [];
  };
  await upsertObservations(acting, {
    items: [
      ...revise('DEMO_RD_INTENSITY', '320000', '2023', 1.02, 'final'),
      ...revise('DEMO_RD_INTENSITY', '340000', '2024', 0.97, 'provisional'),
      ...revise('DEMO_FOREIGN_TRADE', 'region', '2024-Q4', 1.01, 'provisional'),
      ...revise('DEMO_PM25', '320500', '2024-12', 1.08, 'final'),
    ],
    memberScope: 'all', origin: 'demo',
  });

  // Targets for the members (R&D and grain), tied to the demo annual plan where it exists.
  const planId = await demoPlanId(deps.db, 'DEMO-AWP-2025');
  const rdTargets: Record<string, number> = { '310000': 4.4, '320000': 3.3, '330000': 3.1, '340000': 2.6 };
  await putTargets(acting, 'DEMO_RD_INTENSITY', members.flatMap((m) => [2025, 2026].map((year) => ({
    scopeCode: m.code, year, value: rounded((rdTargets[m.code] ?? 3) + (year - 2025) * 0.1, 2), planId: year === 2025 ? planId ?? null : null,
  }))), { isDemo: true });
  await putTargets(acting, 'DEMO_GRAIN_OUTPUT', members.filter((m) => m.code !== '310000').map((m) => ({
    scopeCode: m.code, year: 2025, value: rounded(MEMBER_BASE(m.code, { '320000': 3_800, '330000': 620, '340000': 4_150 }), 1),
  })), { isDemo: true });

  await putSetting(deps.db, FLAG, true);
  return { loaded: true, indicators: DEMOS.length, observations: written.created + written.unchanged + written.revised };
}
