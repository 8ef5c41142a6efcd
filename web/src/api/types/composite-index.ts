/**
 * The integration index: published, versioned methods and their computed values
 * (server module composite-index, server/src/modules/composite-index/composite-index.schemas.ts).
 */

export type IndexNormalisation = 'minmax_base_year' | 'target';
export type IndexMissingRule = 'reweight' | 'zero' | 'skip_scope';
/** A monthly or quarterly indicator's value for a year: the mean of its periods, or its last period. */
export type IndexYearAggregate = 'mean' | 'last';
export type IndexVersionStatus = 'draft' | 'published';

export interface IndexMethodSpec {
  baseYear: number;
  normalisation: IndexNormalisation;
  missing: IndexMissingRule;
  aggregate?: IndexYearAggregate;
  dimensions: {
    code: string;
    nameZh: string;
    nameEn: string;
    weight: number;
    indicators: { code: string; weight: number; aggregate?: IndexYearAggregate }[];
  }[];
}

export interface IndexMethodVersion {
  version: number;
  status: IndexVersionStatus;
  spec: IndexMethodSpec;
  descriptionZh: string;
  descriptionEn: string;
  publishedAt: string | null;
  createdAt: string;
  createdBy: string | null;
}

export interface IndexMethod {
  /** e.g. YRD_INTEGRATION */
  code: string;
  nameZh: string;
  nameEn: string;
  isDemo: boolean;
  /** The latest published version (values are shown by it unless asked otherwise); null: none published yet. */
  currentVersion: number | null;
  latestVersion: number | null;
}

/** GET /index-methods/:code: the method, every version (newest first) and the current one. */
export interface IndexMethodDetail extends IndexMethod {
  current: IndexMethodVersion | null;
  versions: IndexMethodVersion[];
}

export interface IndexVersionInput {
  /** Needed when this first version creates the method; renames it otherwise. */
  nameZh?: string;
  nameEn?: string;
  descriptionZh: string;
  descriptionEn?: string;
  spec: IndexMethodSpec;
}

export interface IndexIndicatorComponent {
  code: string;
  /** Share of its dimension here, after reweighting. */
  weight: number;
  raw: number | null;
  /** 0–100 */
  normalised: number | null;
  /** The observations behind the raw value (GET /api/v1/observations/:id). */
  observationIds: string[];
  target?: number | null;
}

export interface IndexValueComponent {
  dimensionCode: string;
  value: number | null;
  /** Share of the composite here, after reweighting. */
  weight: number;
  indicators: IndexIndicatorComponent[];
}

/** One composite value (0–100): scope 'region' or a member code, one year. */
export interface IndexValue {
  scopeCode: string;
  year: number;
  value: number;
  computedAt: string;
  /** Only when asked for (?include=components). */
  components?: IndexValueComponent[];
}

export interface IndexValues {
  method: IndexMethod;
  version: IndexMethodVersion;
  items: IndexValue[];
}

export interface IndexValuesQuery {
  version?: number;
  /** 'region' or member codes; repeated in the query string. */
  scope?: string[];
  from?: number;
  to?: number;
  include?: 'components';
}

export interface IndexRun {
  id: string;
  version: number;
  trigger: 'observations' | 'manual' | 'publish';
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  status: 'succeeded' | 'failed';
  error: string | null;
  valuesWritten: number;
}
