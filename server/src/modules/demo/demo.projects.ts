/**
 * Demo key projects: five plausible projects of the kinds the issue names. The
 * titles carry 【演示】/[Demo], every record is is_demo, and the investment
 * figures are INVENTED (the description says so) — none is presented as real.
 * Loaded once (its own flag), so an existing installation gets them on next start.
 */
import type { AppDeps } from '../../app-deps.ts';
import { systemActor } from '../../shared/principal.ts';
import { getSetting, putSetting } from '../region/region.repository.ts';
import { createProject, type ProjectInput } from '../projects/projects.usecases.ts';

const FLAG = 'demo.projects_loaded';
const NOTE_ZH = '演示数据：投资额与进度为虚构，非真实项目信息。';
const NOTE_EN = 'Demo data: the investment and progress are invented, not real project figures.';

const PROJECTS: (ProjectInput & { code: string })[] = [
  {
    code: 'DEMO-PJ-RAIL', titleZh: '【演示】沪苏湖城际铁路', titleEn: '[Demo] Shanghai–Suzhou–Huzhou intercity railway', type: 'infrastructure', leadMemberCode: '320000', phase: 'under_construction',
    startDate: '2020-06-01', plannedCompletion: '2026-12-31', locationCityCode: '320500', cityCodes: ['310000', '330500'], totalInvestment: 400,
    members: [{ memberCode: '310000', investment: 120 }, { memberCode: '320000', investment: 200 }, { memberCode: '330000', investment: 80 }],
    milestones: [{ titleZh: '全线开工', titleEn: 'Construction starts', dueDate: '2020-06-30', doneOn: '2020-06-28' }, { titleZh: '铺轨完成', titleEn: 'Track laid', dueDate: '2026-06-30' }, { titleZh: '开通运营', titleEn: 'Opens to traffic', dueDate: '2026-12-31' }],
  },
  {
    code: 'DEMO-PJ-IC', titleZh: '【演示】长三角集成电路产业链联合体', titleEn: '[Demo] YRD integrated-circuit industrial-chain consortium', type: 'industrial_chain', leadMemberCode: '310000', phase: 'approved',
    startDate: '2025-01-01', plannedCompletion: '2028-12-31', locationCityCode: '310000', cityCodes: ['320100', '320500', '330100', '340100'], totalInvestment: 50,
    members: [{ memberCode: '310000', investment: 20 }, { memberCode: '320000', investment: 12 }, { memberCode: '330000', investment: 10 }, { memberCode: '340000', investment: 8 }],
    milestones: [{ titleZh: '联合体章程签署', titleEn: 'Charter signed', dueDate: '2025-06-30', doneOn: '2025-06-20' }, { titleZh: '首批攻关项目立项', titleEn: 'First joint R&D projects approved', dueDate: '2026-06-30' }],
  },
  {
    code: 'DEMO-PJ-TAIHU', titleZh: '【演示】太湖流域水环境综合治理', titleEn: '[Demo] Taihu basin water environment works', type: 'ecological', leadMemberCode: '320000', phase: 'under_construction',
    startDate: '2023-03-01', plannedCompletion: '2027-12-31', locationCityCode: '320200', cityCodes: ['320500', '330500'], totalInvestment: 85,
    members: [{ memberCode: '320000', investment: 55 }, { memberCode: '330000', investment: 30 }],
    milestones: [{ titleZh: '跨界断面监测站建成', titleEn: 'Cross-border monitoring stations built', dueDate: '2024-12-31', doneOn: '2024-12-15' }, { titleZh: '入湖河道清淤', titleEn: 'Inflow river dredging', dueDate: '2026-10-31' }],
  },
  {
    code: 'DEMO-PJ-PARK', titleZh: '【演示】沪皖合作产业园', titleEn: '[Demo] Shanghai–Anhui cooperation industrial park', type: 'cooperation_park', leadMemberCode: '340000', phase: 'in_operation',
    startDate: '2019-09-01', plannedCompletion: '2024-12-31', locationCityCode: '341800', cityCodes: [], totalInvestment: 30,
    members: [{ memberCode: '310000', investment: 12 }, { memberCode: '340000', investment: 18 }],
    milestones: [{ titleZh: '一期开园', titleEn: 'Phase 1 opens', dueDate: '2021-06-30', doneOn: '2021-06-30' }],
  },
  {
    code: 'DEMO-PJ-DZ', titleZh: '【演示】示范区水乡客厅', titleEn: '[Demo] Demonstration zone “Water Town Parlour”', type: 'demonstration_zone', leadMemberCode: '310000', phase: 'planning',
    startDate: '2026-09-01', plannedCompletion: '2030-12-31', locationCityCode: '310000', cityCodes: ['320500', '330400'], totalInvestment: null,
    members: [{ memberCode: '310000' }, { memberCode: '320000' }, { memberCode: '330000' }],
    milestones: [{ titleZh: '总体方案批复', titleEn: 'Master plan approved', dueDate: '2026-08-31' }],
  },
];

export async function loadDemoProjects(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<number> {
  if ((await getSetting(deps.db, FLAG)) === true) return 0;
  const actor = systemActor('demo-data');
  for (const p of PROJECTS) {
    await createProject({ ...deps, actor }, 'all', { ...p, descriptionZh: NOTE_ZH, descriptionEn: NOTE_EN, currency: 'CNY', unit: 'hundred_million', isDemo: true });
  }
  await putSetting(deps.db, FLAG, true);
  return PROJECTS.length;
}
