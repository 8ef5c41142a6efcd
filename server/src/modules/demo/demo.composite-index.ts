/**
 * Demo integration index: the method 'YRD_INTEGRATION' (is_demo, named
 * 【演示】/[Demo]) over the member-level demo indicators that are present (the
 * ones with a range across members to normalise against; demo.indicators.ts)
 * — one dimension per focus area, equal weights, the year's mean for monthly
 * and quarterly ones (the demo's series are per-period figures, not
 * cumulative) — published and computed at once, so the dashboard has values on
 * first start. Its numbers come from invented demo observations and mean
 * nothing about the real region. Without demo indicators it loads nothing (and
 * tries again at the next start).
 */
import type { AppDeps } from '../../app-deps.ts';
import { systemActor } from '../../shared/principal.ts';
import type { IndexSpec, SpecDimension } from '../composite-index/composite-index.models.ts';
import { demoIndicators, firstYearWithSpread } from '../composite-index/composite-index.repository.ts';
import { createVersion, publishVersion, recompute } from '../composite-index/composite-index.usecases.ts';
import { getSetting, putSetting } from '../region/region.repository.ts';

const FLAG = 'demo.composite_index_loaded';
export const DEMO_INDEX_CODE = 'YRD_INTEGRATION';

const DESCRIPTION_ZH = [
  '【演示】本指数仅用于演示，基于演示观测数据计算，不代表长三角的真实情况。',
  '方法：选用成员层面的演示指标，每个重点领域为一个维度，维度内各指标等权，各维度等权；指数按成员计算。',
  '标准化：以基年（{baseYear} 年）各成员的最小值和最大值为 0 和 100，其余年份按同一尺度换算并限定在 0–100；“越低越好”的指标反向计分。',
  '年度取值：月度、季度指标取当年各期的平均值（当年尚未结束时取已有各期）。',
  '缺失数据：某指标缺少数值时不计入，其权重按比例分给同一维度的其他指标；整个维度缺失时同理分给其他维度。',
  '版本：方法一经发布不再修改，调整方法须发布新版本；旧版本的结果可随时按原方法重算。',
].join('\n');
const DESCRIPTION_EN = [
  '[Demo] This index is for demonstration only: it is computed from demo observations and says nothing about the real YRD.',
  'Method: the member-level demo indicators, one dimension per focus area; equal weights for the indicators within a dimension and for the dimensions; computed per member.',
  'Normalisation: the lowest and highest values across the members in the base year ({baseYear}) are 0 and 100; other years use the same scale, kept within 0–100; indicators where lower is better are inverted.',
  "Yearly values: a monthly or quarterly indicator counts with the mean of its year's periods (those so far, in a year not yet over).",
  "Missing data: an indicator without a value is left out and its weight shared among the dimension's other indicators; a dimension without any, likewise among the other dimensions.",
  'Versions: a published method never changes; a change is a new version, and an old version can be recomputed at any time by its own method.',
].join('\n');

export async function loadDemoCompositeIndex(deps: Pick<AppDeps, 'db' | 'clock'> & Partial<Pick<AppDeps, 'dataChanges'>>): Promise<{ loaded: boolean; indicators: number; values: number }> {
  const none = { loaded: false, indicators: 0, values: 0 };
  if ((await getSetting(deps.db, FLAG)) === true) return none;
  const indicators = await demoIndicators(deps.db);
  const baseYear = await firstYearWithSpread(deps.db, indicators.map((i) => i.code));
  if (indicators.length === 0 || baseYear === undefined) return none;

  const dimensions = new Map<string, SpecDimension>();
  for (const i of indicators) {
    const code = i.focus_area_code ?? 'other';
    const dimension = dimensions.get(code) ?? { code, nameZh: i.area_zh ?? '其他', nameEn: i.area_en ?? 'Other', weight: 1, indicators: [] };
    dimension.indicators.push({ code: i.code, weight: 1 });
    dimensions.set(code, dimension);
  }
  const spec: IndexSpec = { baseYear, normalisation: 'minmax_base_year', missing: 'reweight', aggregate: 'mean', dimensions: [...dimensions.values()] };
  const asSystem = { ...deps, actor: systemActor('demo-data') };
  const version = await createVersion(asSystem, DEMO_INDEX_CODE, {
    nameZh: '【演示】长三角一体化发展指数', nameEn: '[Demo] YRD integration index', isDemo: true,
    descriptionZh: DESCRIPTION_ZH.replace('{baseYear}', String(baseYear)), descriptionEn: DESCRIPTION_EN.replace('{baseYear}', String(baseYear)), spec,
  });
  await publishVersion(asSystem, DEMO_INDEX_CODE, version.version);
  // Computed now rather than by the worker, so the first screen already shows it (the queued job recomputes the same).
  const runs = await recompute(deps, { trigger: 'publish', methodCode: DEMO_INDEX_CODE });
  await putSetting(deps.db, FLAG, true);
  return { loaded: true, indicators: indicators.length, values: runs.reduce((n, r) => n + r.valuesWritten, 0) };
}
