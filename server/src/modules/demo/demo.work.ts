/**
 * Demo work: tasks with member shares under a demo plan of their own (never
 * under the real Three-Year Action Plan, whose baseline must stay real), and a
 * demo 2025 annual work plan derived from it. Every demo record has is_demo set
 * and its title says 【演示】/[Demo]; the progress figures are invented for
 * demonstration and labelled so — they are not statistics.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { WorkStatus } from '../../db/schema.ts';
import { systemActor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { deriveAnnualPlan } from '../plans/plans.usecases.ts';
import { findPlanIdByCode, freezeBaseline, insertPlan, insertTransition, listAreas, updatePlan } from '../plans/plans.repository.ts';
import { createTaskIn, recomputeRollup } from '../tasks/tasks.usecases.ts';
import { sharesOfTask, updateShareFields } from '../tasks/tasks.repository.ts';
import { getSetting, putSetting } from '../region/region.repository.ts';
import { loadDemoReports } from './demo.reports.ts';

const FLAG = 'demo.work_loaded';
/** The real plan the demo imitates (loaded from data/records), and the demo plan that carries the demo tasks. */
export const REAL_PLAN_CODE = 'YRD-TYAP-2024-2026';
export const DEMO_PLAN_CODE = 'DEMO-TYAP-2024-2026';
const MEMBERS = ['310000', '320000', '330000', '340000'];

/** [area, titleZh, titleEn, lead, due] — themes from the 2024 symposium, tasks invented for the demo. */
const DEMO_TASKS: [string, string, string, string, string][] = [
  ['1', '共建长三角科技创新共同体联合攻关机制', 'Joint research mechanism of the YRD sci-tech innovation community', '310000', '2026-06-30'],
  ['1', '集成电路产业链协同攻关', 'Integrated-circuit industry chain collaboration', '320000', '2026-12-31'],
  ['1', '数字长三角公共数据共享目录', 'Digital YRD public data sharing catalogue', '330000', '2025-12-31'],
  ['1', '长三角创新联合体组建试点', 'Pilot YRD innovation consortia', '340000', '2025-09-30'],
  ['2', '医保异地直接结算扩面', 'Wider direct cross-member medical insurance settlement', '310000', '2025-06-30'],
  ['2', '省际毗邻区域公共服务便利共享', 'Shared public services in neighbouring border areas', '320000', '2025-12-31'],
  ['2', '生态绿色一体化发展示范区制度创新复制推广', 'Replicating institutional innovations of the Eco-Green Demonstration Zone', '330000', '2026-06-30'],
  ['2', '省际断头路贯通', 'Closing cross-border dead-end roads', '340000', '2026-12-31'],
  ['3', '共建高水平对外开放平台', 'Joint high-level opening-up platforms', '310000', '2026-06-30'],
  ['3', '区域市场一体化规则衔接', 'Aligned rules for an integrated regional market', '330000', '2025-12-31'],
  ['3', '优化民营经济发展环境联合行动', 'Joint action on the environment for the private economy', '320000', '2025-10-31'],
  ['4', '太湖流域水环境综合治理', 'Taihu Lake basin water environment governance', '320000', '2026-12-31'],
  ['4', '长江、淮河生态保护联防联控', 'Joint protection of the Yangtze and Huaihe ecology', '340000', '2026-06-30'],
  ['4', '区域节能降碳政策协同', 'Coordinated energy-saving and carbon-reduction policies', '310000', '2025-12-31'],
  ['4', '生态产品价值实现机制', 'Mechanism for realising the value of ecological products', '330000', '2026-03-31'],
  ['5', '产业链供应链安全协同保障', 'Joint security of industry and supply chains', '320000', '2025-12-31'],
  ['5', '金融风险联防联控', 'Joint prevention of financial risks', '310000', '2026-06-30'],
  ['5', '能源保供应急协作', 'Emergency cooperation for energy supply', '340000', '2025-11-30'],
  ['5', '超大特大城市治理经验互鉴', 'Exchange on governing megacities', '330000', '2025-08-31'],
  ['6', '长三角文旅一卡通', 'YRD culture and tourism pass', '330000', '2025-06-30'],
  ['6', '大黄山世界级休闲度假康养旅游目的地', 'Greater Huangshan world-class leisure destination', '340000', '2026-12-31'],
  ['6', '江南文化品牌联合推广', 'Joint promotion of the Jiangnan culture brand', '320000', '2025-12-31'],
  ['7', '强化区域合作办公室统筹协调职能', 'Strengthening the coordinating role of the Regional Cooperation Office', '310000', '2025-12-31'],
  ['7', '重大事项推进机制', 'Mechanism for advancing major matters', '320000', '2026-06-30'],
];

const DEMO_PLAN = {
  kind: 'three_year' as const,
  code: DEMO_PLAN_CODE,
  title_zh: '【演示】三年行动计划任务演示（2024—2026年）',
  title_en: '[Demo] Three-Year Action Plan tasks, for demonstration (2024-2026)',
  description_zh: '演示数据：仿照三年行动计划编排的演示任务，不是真实计划的任务。真实计划见“长三角地区一体化发展三年行动计划（2024—2026年）”。',
  description_en: 'Demo data: demonstration tasks arranged like the Three-Year Action Plan; not tasks of the real plan, which is listed on its own.',
  period_start: '2024-01-01',
  period_end: '2026-12-31',
  parent_plan_id: null,
  reporting_cadence: 'quarterly' as const,
  stalled_after_days: 45,
  is_demo: true,
  created_by: null,
};

const STATUSES: WorkStatus[] = ['on_track', 'on_track', 'at_risk', 'not_started', 'on_track', 'delayed', 'completed', 'on_track'];

/** Deterministic, so every installation shows the same demo. */
function demoProgress(taskIndex: number, memberIndex: number): { status: WorkStatus; percent: number } {
  const status = STATUSES[(taskIndex * 3 + memberIndex * 5) % STATUSES.length]!;
  const percent = status === 'completed' ? 100 : status === 'not_started' ? 0 : 10 + ((taskIndex * 17 + memberIndex * 23) % 80);
  return { status, percent };
}

export async function loadDemoWork(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<{ loaded: boolean; tasks: number; reports: number }> {
  if ((await getSetting(deps.db, FLAG)) === true) return { loaded: false, tasks: 0, reports: 0 };
  const actor = systemActor('demo-data');
  const areas = new Map((await listAreas(deps.db)).map((a) => [a.code, a.id]));
  const taskIds: string[] = [];
  const plan = { id: '' };
  await auditedTransaction({ ...deps, actor }, async (trx, audit) => {
    const now = deps.clock.now();
    plan.id = (await findPlanIdByCode(trx, DEMO_PLAN_CODE)) ?? (await insertPlan(trx, DEMO_PLAN, now));
    // In force, as the real plan's work would be: supervision scans only plans in force or adopted.
    await updatePlan(trx, plan.id, { status: 'in_force' }, now);
    await insertTransition(trx, { planId: plan.id, from: 'draft', to: 'in_force', at: now, actorUserId: null, actorUsername: actor.username, note: '演示数据 / demo data', decisionRef: null });
    audit({ action: 'plan.create', objectType: 'plan', objectId: plan.id, summary: { code: DEMO_PLAN_CODE, status: 'in_force', demo: true } });
    const perArea = new Map<string, number>();
    for (const [i, [area, titleZh, titleEn, lead, due]] of DEMO_TASKS.entries()) {
      const n = (perArea.get(area) ?? 0) + 1;
      perArea.set(area, n);
      const participants = MEMBERS.filter((m) => m !== lead && (i + MEMBERS.indexOf(m)) % 3 !== 0);
      const taskId = await createTaskIn(trx, audit, now, {
        planId: plan.id,
        code: `${area}.${n}`,
        titleZh: `【演示】${titleZh}`,
        titleEn: `[Demo] ${titleEn}`,
        descriptionZh: '演示数据：任务、分工与进度均为演示用途编造，不代表真实工作安排。',
        descriptionEn: 'Demo data: the task, its shares and progress are invented for demonstration and are not real work.',
        focusAreaId: areas.get(area) ?? null,
        leadMemberCode: lead,
        leadOwnerBodyCode: `drc-${lead}`,
        participantMemberCodes: participants,
        bodyCodes: ['rco'],
        startDate: '2024-07-01',
        dueDate: due,
        priority: i % 4 === 0 ? 'high' : 'normal',
        tags: ['演示 demo'],
        milestones: [{ titleZh: '【演示】形成工作方案', titleEn: '[Demo] Work plan drafted', dueDate: '2024-12-31' }],
        isDemo: true,
      });
      const shares = await sharesOfTask(trx, taskId);
      for (const share of shares) {
        const { status, percent } = demoProgress(i, MEMBERS.indexOf(share.member_code));
        await updateShareFields(trx, share.id, { status, percent, last_progress_at: now }, now);
      }
      await recomputeRollup(trx, taskId, now);
      taskIds.push(taskId);
    }
    const frozen = await freezeBaseline(trx, plan.id, now);
    await updatePlan(trx, plan.id, { baseline_frozen_at: now }, now);
    audit({ action: 'plan.baseline_freeze', objectType: 'plan', objectId: plan.id, summary: { tasks: frozen, demo: true } });
    await putSetting(trx, FLAG, true);
  });
  const reports = await loadDemoReports(deps, plan.id);
  await deriveAnnualPlan(
    { ...deps, actor },
    plan.id,
    {
      year: 2025, code: 'DEMO-AWP-2025', titleZh: '【演示】长三角地区一体化发展2025年度工作计划', titleEn: '[Demo] Annual Work Plan 2025',
      taskIds: taskIds.filter((_, i) => i % 2 === 0), isDemo: true,
    },
  );
  return { loaded: true, tasks: taskIds.length, reports };
}
