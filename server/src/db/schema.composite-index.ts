import type { ColumnType, Generated } from 'kysely';
import type { GeneratedTimestamp, Timestamp } from './schema.ts';

/** The integration index's tables (migration 0014): methods, their versions, computed values and runs. */
export type IndexVersionStatus = 'draft' | 'published';
export type IndexRunTrigger = 'observations' | 'manual' | 'publish';
export type IndexRunStatus = 'succeeded' | 'failed';
type Json<T> = ColumnType<T, string, string>;
/** numeric: read as text by the driver, written from a number or text. */
type Numeric = ColumnType<string, number | string, number | string>;

export interface IndexMethodsTable {
  id: Generated<string>;
  code: string;
  name_zh: string;
  name_en: Generated<string>;
  is_demo: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface IndexMethodVersionsTable {
  id: Generated<string>;
  method_id: string;
  version: number;
  status: Generated<IndexVersionStatus>;
  /** An IndexSpec (modules/composite-index/composite-index.models.ts). */
  spec: Json<unknown>;
  description_zh: Generated<string>;
  description_en: Generated<string>;
  published_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface IndexRunsTable {
  id: Generated<string>;
  method_version_id: string;
  trigger: IndexRunTrigger;
  started_at: Timestamp;
  finished_at: Timestamp;
  duration_ms: number;
  status: IndexRunStatus;
  error: string | null;
  values_written: Generated<number>;
}

export interface IndexValuesTable {
  method_version_id: string;
  scope_key: string;
  year: number;
  value: Numeric;
  /** DimensionComponent[] (modules/composite-index/composite-index.compute.ts). */
  components: Json<unknown>;
  computed_at: Timestamp;
  run_id: string;
}

export interface CompositeIndexTables {
  index_methods: IndexMethodsTable;
  index_method_versions: IndexMethodVersionsTable;
  index_runs: IndexRunsTable;
  index_values: IndexValuesTable;
}
