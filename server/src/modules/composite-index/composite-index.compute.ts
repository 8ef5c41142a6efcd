/**
 * The index computation itself: pure, no database. Given a version's spec and
 * the yearly values of its indicators per scope (aggregated in SQL, see the
 * repository), it answers one value per scope and year on a 0–100 scale with
 * every step behind it. Same inputs, same outputs: an old version recomputed
 * later gives the same numbers as long as its observations did not change.
 */
import { aggregateOf, type Direction, type IndexSpec, type SpecIndicator } from './composite-index.models.ts';

/** One indicator × scope × year, as the SQL aggregate answers it: both the year's mean and its last period. */
export interface YearlyCell {
  indicatorCode: string;
  scopeKey: string;
  year: number;
  mean: number;
  last: number;
  /** The observation of the year's last period. */
  lastObservationId: string;
  /** Every observation of the year, in period order. */
  observationIds: string[];
}

export interface TargetValue {
  indicatorCode: string;
  scopeKey: string;
  year: number;
  value: number;
}

export interface ComputeInput {
  spec: IndexSpec;
  /** Each indicator's direction ('lower' is better: inverted). An indicator not listed counts as 'higher'. */
  directions: Record<string, Direction>;
  cells: YearlyCell[];
  /** Only read when the spec normalises against targets. */
  targets?: TargetValue[];
}

export interface IndicatorComponent {
  code: string;
  /** The share of its dimension this indicator carried here (after reweighting); 0 when it was dropped. */
  weight: number;
  /** The year's value (mean or last period), null when there is none. */
  raw: number | null;
  /** 0–100; null when missing (no value, no base-year spread, no usable target). */
  normalised: number | null;
  observationIds: string[];
  /** The target the value was measured against (target normalisation only). */
  target?: number | null;
}

export interface DimensionComponent {
  dimensionCode: string;
  /** 0–100; null when every indicator of the dimension was missing and dropped. */
  value: number | null;
  /** The share of the composite this dimension carried here (after reweighting); 0 when dropped. */
  weight: number;
  indicators: IndicatorComponent[];
}

export interface IndexValue {
  scopeKey: string;
  year: number;
  value: number;
  components: DimensionComponent[];
}

/** Six decimals: enough for a 0–100 scale, and no float noise in stored JSON. */
const round = (x: number) => Math.round(x * 1e6) / 1e6 + 0;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

interface Raw {
  value: number;
  observationIds: string[];
}

/** The year's value of one indicator by the spec's aggregate choice, with the observations it came from. */
function rawOf(cell: YearlyCell, spec: IndexSpec, indicator: SpecIndicator): Raw {
  return aggregateOf(spec, indicator) === 'mean'
    ? { value: cell.mean, observationIds: cell.observationIds }
    : { value: cell.last, observationIds: [cell.lastObservationId] };
}

/**
 * The target a value is measured against: the scope's target for that year;
 * without one, its next later target (where it is heading); else its latest
 * earlier one.
 */
function targetFor(targets: TargetValue[] | undefined, year: number): number | null {
  if (!targets || targets.length === 0) return null;
  const same = targets.find((t) => t.year === year);
  if (same) return same.value;
  const later = targets.filter((t) => t.year > year).sort((a, b) => a.year - b.year)[0];
  if (later) return later.value;
  return targets.filter((t) => t.year < year).sort((a, b) => b.year - a.year)[0]?.value ?? null;
}

/** Value against target, capped at 100; needs a positive target (a ratio means nothing otherwise). */
export function targetScore(value: number, target: number, direction: Direction): number | null {
  if (!(target > 0)) return null;
  if (direction === 'lower') return value <= target ? 100 : (target / value) * 100;
  return clamp01(value / target) * 100;
}

/** Position within the base year's range across scopes, 0–100 (clamped), inverted when lower is better. */
export function minmaxScore(value: number, range: { min: number; max: number }, direction: Direction): number | null {
  if (!(range.max > range.min)) return null;
  const share = (value - range.min) / (range.max - range.min);
  return clamp01(direction === 'lower' ? 1 - share : share) * 100;
}

const key = (...parts: (string | number)[]) => parts.join('|');

export function computeIndex(input: ComputeInput): IndexValue[] {
  const { spec } = input;
  const specIndicators = new Map(spec.dimensions.flatMap((d) => d.indicators.map((i) => [i.code, i] as const)));
  const raws = new Map<string, Raw>();
  const scopeYears = new Map<string, { scopeKey: string; year: number }>();
  for (const cell of input.cells) {
    const indicator = specIndicators.get(cell.indicatorCode);
    if (!indicator) continue;
    raws.set(key(cell.indicatorCode, cell.scopeKey, cell.year), rawOf(cell, spec, indicator));
    scopeYears.set(key(cell.scopeKey, cell.year), { scopeKey: cell.scopeKey, year: cell.year });
  }

  // Min–max: each indicator's range over every scope's value in the base year.
  const ranges = new Map<string, { min: number; max: number }>();
  if (spec.normalisation === 'minmax_base_year') {
    for (const cell of input.cells) {
      const indicator = specIndicators.get(cell.indicatorCode);
      if (!indicator || cell.year !== spec.baseYear) continue;
      const { value } = rawOf(cell, spec, indicator);
      const range = ranges.get(cell.indicatorCode);
      ranges.set(cell.indicatorCode, range ? { min: Math.min(range.min, value), max: Math.max(range.max, value) } : { min: value, max: value });
    }
  }
  const targets = new Map<string, TargetValue[]>();
  for (const t of input.targets ?? []) {
    const k = key(t.indicatorCode, t.scopeKey);
    targets.set(k, [...(targets.get(k) ?? []), t]);
  }

  const normalise = (code: string, scopeKey: string, year: number, value: number): { normalised: number | null; target?: number | null } => {
    const direction = input.directions[code] ?? 'higher';
    if (spec.normalisation === 'target') {
      const target = targetFor(targets.get(key(code, scopeKey)), year);
      return { normalised: target === null ? null : targetScore(value, target, direction), target };
    }
    const range = ranges.get(code);
    return { normalised: range ? minmaxScore(value, range, direction) : null };
  };

  const out: IndexValue[] = [];
  const ordered = [...scopeYears.values()].sort((a, b) => (a.scopeKey < b.scopeKey ? -1 : a.scopeKey > b.scopeKey ? 1 : a.year - b.year));
  for (const { scopeKey, year } of ordered) {
    const value = computeScopeYear(spec, scopeKey, year, (code) => {
      const raw = raws.get(key(code, scopeKey, year));
      if (!raw) return { raw: null, normalised: null, observationIds: [], ...(spec.normalisation === 'target' ? { target: null } : {}) };
      return { raw: raw.value, observationIds: raw.observationIds, ...normalise(code, scopeKey, year, raw.value) };
    });
    if (value) out.push(value);
  }
  return out;
}

type Scored = Omit<IndicatorComponent, 'code' | 'weight'>;

/** Weighted means under the spec's missing-data rule; undefined when the scope-year gets no value. */
function computeScopeYear(spec: IndexSpec, scopeKey: string, year: number, score: (code: string) => Scored): IndexValue | undefined {
  const dimensions: { code: string; weight: number; value: number | null; indicators: (Scored & { code: string; weight: number })[] }[] = [];
  for (const dimension of spec.dimensions) {
    const scored = dimension.indicators.map((i) => ({ code: i.code, specWeight: i.weight, ...score(i.code) }));
    if (spec.missing === 'skip_scope' && scored.some((s) => s.normalised === null)) return undefined;
    // 'zero': a missing indicator scores 0 with its full weight; 'reweight': it is dropped and the others share its weight.
    const counts = (s: Scored) => spec.missing === 'zero' || s.normalised !== null;
    const total = scored.reduce((sum, s) => sum + (counts(s) ? s.specWeight : 0), 0);
    const value = total > 0 ? scored.reduce((sum, s) => sum + (counts(s) ? s.specWeight * (s.normalised ?? 0) : 0), 0) / total : null;
    dimensions.push({
      code: dimension.code,
      weight: dimension.weight,
      value,
      indicators: scored.map(({ specWeight, ...s }) => ({ ...s, weight: counts(s) ? specWeight / total : 0 })),
    });
  }
  const counted = dimensions.filter((d) => d.value !== null);
  const total = counted.reduce((sum, d) => sum + d.weight, 0);
  if (total === 0) return undefined;
  const value = counted.reduce((sum, d) => sum + d.weight * d.value!, 0) / total;
  return {
    scopeKey,
    year,
    value: round(value),
    components: dimensions.map((d) => ({
      dimensionCode: d.code,
      value: d.value === null ? null : round(d.value),
      weight: d.value === null ? 0 : round(d.weight / total),
      indicators: d.indicators.map((i) => ({
        code: i.code,
        weight: round(i.weight),
        raw: i.raw,
        normalised: i.normalised === null ? null : round(i.normalised),
        observationIds: i.observationIds,
        ...('target' in i ? { target: i.target ?? null } : {}),
      })),
    })),
  };
}
