/**
 * The integration index's vocabulary: a method is published in numbered
 * versions; each version's spec fixes how the index is computed from the
 * observations (decision 0014). Published versions never change.
 */
import type { FieldError } from '../../shared/errors.ts';

export type Normalisation = 'minmax_base_year' | 'target';
export type MissingRule = 'reweight' | 'zero' | 'skip_scope';
/** How a monthly or quarterly indicator becomes one value per year. Yearly indicators have one period: both give the same. */
export type YearAggregate = 'mean' | 'last';
export type Direction = 'higher' | 'lower';
export type VersionStatus = 'draft' | 'published';
export type RunTrigger = 'observations' | 'manual' | 'publish';
export type RunStatus = 'succeeded' | 'failed';

export const NORMALISATIONS = ['minmax_base_year', 'target'] as const;
export const MISSING_RULES = ['reweight', 'zero', 'skip_scope'] as const;
export const YEAR_AGGREGATES = ['mean', 'last'] as const;

/** The year's LAST period when neither the spec nor the indicator entry says otherwise (cumulative, year-to-date figures). */
export const DEFAULT_AGGREGATE: YearAggregate = 'last';

export interface SpecIndicator {
  code: string;
  weight: number;
  /** Overrides the spec's `aggregate` for this indicator. */
  aggregate?: YearAggregate;
}

export interface SpecDimension {
  code: string;
  nameZh: string;
  nameEn: string;
  weight: number;
  indicators: SpecIndicator[];
}

export interface IndexSpec {
  baseYear: number;
  normalisation: Normalisation;
  missing: MissingRule;
  aggregate?: YearAggregate;
  dimensions: SpecDimension[];
}

export const aggregateOf = (spec: IndexSpec, indicator: SpecIndicator): YearAggregate => indicator.aggregate ?? spec.aggregate ?? DEFAULT_AGGREGATE;

export const specIndicatorCodes = (spec: IndexSpec): string[] => [...new Set(spec.dimensions.flatMap((d) => d.indicators.map((i) => i.code)))];

/** The job kind that recomputes the values of published versions (payload: { trigger, methodCode? }). */
export const RECOMPUTE_JOB = 'composite-index.recompute';

/**
 * Rules a spec must meet beyond its JSON shape, field by field (paths as the
 * validation plugin names them: `spec.dimensions.0.weight`). Whether the
 * indicator codes exist is checked against the database by the use case.
 */
export function specProblems(spec: IndexSpec): FieldError[] {
  const problems: FieldError[] = [];
  const dimensionCodes = new Set<string>();
  const indicatorCodes = new Set<string>();
  spec.dimensions.forEach((dimension, d) => {
    const at = `spec.dimensions.${d}`;
    if (!(dimension.weight > 0)) problems.push({ field: `${at}.weight`, rule: 'composite_index.weight_positive' });
    if (dimensionCodes.has(dimension.code)) problems.push({ field: `${at}.code`, rule: 'composite_index.dimension_duplicate', params: { code: dimension.code } });
    dimensionCodes.add(dimension.code);
    dimension.indicators.forEach((indicator, i) => {
      if (!(indicator.weight > 0)) problems.push({ field: `${at}.indicators.${i}.weight`, rule: 'composite_index.weight_positive' });
      if (indicatorCodes.has(indicator.code)) problems.push({ field: `${at}.indicators.${i}.code`, rule: 'composite_index.indicator_duplicate', params: { code: indicator.code } });
      indicatorCodes.add(indicator.code);
    });
  });
  return problems;
}
