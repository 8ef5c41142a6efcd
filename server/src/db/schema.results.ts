import type { ColumnType, Generated } from 'kysely';
import type { GeneratedTimestamp, Timestamp } from './schema.ts';

/** The results reports' editions (migration 0035): narratives, and the report frozen at publication. */
export type ResultsKind = 'annual' | 'quarterly' | 'member';
type Json = ColumnType<unknown, string, string>;

export interface ResultsEditionsTable {
  id: Generated<string>;
  kind: ResultsKind;
  year: number;
  quarter: number | null;
  member_code: string | null;
  foreword_zh: Generated<string>;
  foreword_en: Generated<string>;
  outlook_zh: Generated<string>;
  outlook_en: Generated<string>;
  version: Generated<number>;
  updated_at: GeneratedTimestamp;
  updated_by: string | null;
  published_at: Timestamp | null;
  published_by: string | null;
  published_model: Json | null;
  is_demo: Generated<boolean>;
}

export interface ResultsTables {
  results_editions: ResultsEditionsTable;
}
