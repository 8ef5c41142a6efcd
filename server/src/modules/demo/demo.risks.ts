/**
 * Demo risk register: a few risks in the areas the 2024 symposium named
 * (supply chains, finance, energy, food, urban governance, ecology, public
 * health). Likelihoods, impacts and thresholds are INVENTED: every record is
 * is_demo, titles carry 【演示】/[Demo], descriptions say "demo data", and the UI
 * tags them. Loaded once (its own flag). Triggers need the demo indicators,
 * which load later on a first start: they are attached (once, their own flag)
 * on the first start that finds those indicators.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { RiskArea, TriggerComparison } from '../../db/schema.ts';
import { systemActor } from '../../shared/principal.ts';
import { getSetting, putSetting } from '../region/region.repository.ts';
import { addTrigger, createRisk } from '../risks/risks.usecases.ts';
import { activeIndicatorExists, firstDemoTaskIds, idByCode } from './demo.repository.ts';

const FLAG = 'demo.risks_loaded';
const TRIGGERS_FLAG = 'demo.risk_triggers_loaded';
const NOTE_ZH = '（演示数据，非真实评估）';
const NOTE_EN = ' (Demo data, not a real assessment.)';

interface DemoRisk {
  code: string; titleZh: string; titleEn: string; descriptionZh: string; descriptionEn: string; area: RiskArea; likelihood: number; impact: number; owners: string[];
  trigger?: { indicatorCode: string; scopeCode: string | null; comparison: TriggerComparison; threshold: number; periods: number };
}

const RISKS: DemoRisk[] = [
  {
    code: 'DEMO-RISK-SUPPLY-01', titleZh: '【演示】集成电路产业链关键环节供应中断', titleEn: '[Demo] Disruption of key links of the integrated-circuit supply chain',
    descriptionZh: '关键设备与材料依赖单一来源，跨省协同备份不足。', descriptionEn: 'Key equipment and materials depend on single sources; cross-member backups are thin.',
    area: 'industry_supply_chain', likelihood: 3, impact: 5, owners: ['310000', '320000'],
  },
  {
    code: 'DEMO-RISK-FIN-01', titleZh: '【演示】跨区域非法集资风险传导', titleEn: '[Demo] Cross-regional spread of illegal fund-raising',
    descriptionZh: '风险线索跨省流动，信息共享与联合处置机制待完善。', descriptionEn: 'Leads move across members; information sharing and joint handling need work.',
    area: 'finance', likelihood: 2, impact: 3, owners: ['330000'],
  },
  {
    code: 'DEMO-RISK-ENERGY-01', titleZh: '【演示】迎峰度夏电力供应紧张', titleEn: '[Demo] Tight power supply at the summer peak',
    descriptionZh: '极端高温叠加来水偏枯，区域电力互济能力承压。', descriptionEn: 'Heat waves and low water put the mutual power support of the members under strain.',
    area: 'energy', likelihood: 4, impact: 4, owners: ['310000', '320000', '330000', '340000'],
  },
  {
    code: 'DEMO-RISK-FOOD-01', titleZh: '【演示】粮食主产区减产', titleEn: '[Demo] Lower grain output in the main producing areas',
    descriptionZh: '主产区遭遇旱涝灾害导致减产，影响区域粮食保供。', descriptionEn: 'Droughts or floods in the main producing areas cut output and strain regional food supply.',
    area: 'food', likelihood: 2, impact: 5, owners: ['340000', '320000'],
    trigger: { indicatorCode: 'DEMO_GRAIN_OUTPUT', scopeCode: '340000', comparison: '<', threshold: 3800, periods: 1 },
  },
  {
    code: 'DEMO-RISK-URBAN-01', titleZh: '【演示】超大城市极端天气内涝', titleEn: '[Demo] Urban flooding in megacities in extreme weather',
    descriptionZh: '强降雨叠加天文潮，排水与应急联动能力不足。', descriptionEn: 'Heavy rain at spring tides overwhelms drainage and joint emergency response.',
    area: 'urban_governance', likelihood: 3, impact: 3, owners: ['310000'],
  },
  {
    code: 'DEMO-RISK-ECO-01', titleZh: '【演示】区域大气污染跨界传输', titleEn: '[Demo] Cross-border transport of air pollution',
    descriptionZh: '秋冬季 PM2.5 跨界传输导致区域性污染过程。', descriptionEn: 'PM2.5 carried across borders in autumn and winter causes regional pollution episodes.',
    area: 'ecology', likelihood: 3, impact: 4, owners: ['320000', '330000', '340000'],
    trigger: { indicatorCode: 'DEMO_PM25', scopeCode: null, comparison: '>', threshold: 75, periods: 2 },
  },
  {
    code: 'DEMO-RISK-HEALTH-01', titleZh: '【演示】跨省传染病输入扩散', titleEn: '[Demo] Cross-member spread of an infectious disease',
    descriptionZh: '人员高频流动下，疫情监测与联防联控需要更快协同。', descriptionEn: 'With heavy travel, surveillance and joint control need faster coordination.',
    area: 'public_health', likelihood: 2, impact: 4, owners: ['310000', '320000', '330000', '340000'],
  },
];

export async function loadDemoRisks(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<{ risks: number; triggers: number }> {
  const writer = { ...deps, actor: systemActor('demo-data'), principal: 'system' as const };
  let risks = 0;
  if ((await getSetting(deps.db, FLAG)) !== true) {
    // A demo task or two as joint measures, when the demo work loop is there.
    const tasks = await firstDemoTaskIds(deps.db, 2);
    for (const [i, r] of RISKS.entries()) {
      if (await idByCode(deps.db, 'risks', r.code)) continue;
      const task = tasks[i % Math.max(tasks.length, 1)];
      await createRisk(writer, {
        code: r.code, titleZh: r.titleZh, titleEn: r.titleEn, descriptionZh: r.descriptionZh + NOTE_ZH, descriptionEn: r.descriptionEn + NOTE_EN, area: r.area,
        likelihood: r.likelihood, impact: r.impact, ownerMemberCodes: r.owners, reviewDate: '2026-12-31', reason: '演示数据 / Demo data',
        measures: task && i < 3 ? [{ taskId: task, textZh: '【演示】联合措施', textEn: '[Demo] Joint measure' }] : [], isDemo: true,
      });
      risks += 1;
    }
    await putSetting(deps.db, FLAG, true);
  }
  let triggers = 0;
  const wanted = RISKS.filter((r) => r.trigger);
  if ((await getSetting(deps.db, TRIGGERS_FLAG)) !== true && (await Promise.all(wanted.map((r) => activeIndicatorExists(deps.db, r.trigger!.indicatorCode)))).every(Boolean)) {
    for (const r of wanted) {
      const riskId = await idByCode(deps.db, 'risks', r.code);
      if (!riskId) continue;
      await addTrigger(writer, riskId, { ...r.trigger!, isDemo: true });
      triggers += 1;
    }
    await putSetting(deps.db, TRIGGERS_FLAG, true);
  }
  return { risks, triggers };
}
