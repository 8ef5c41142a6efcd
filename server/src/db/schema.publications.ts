import type { ColumnType, Generated } from 'kysely';
import type { GeneratedTimestamp, Timestamp } from './schema.ts';

/** Disclosure and the publication step (migration 0029). */
export type DisclosureLevel = 'internal' | 'inter_government' | 'public';
export type PublicationState = 'draft' | 'approved' | 'published' | 'withdrawn';
export type PublicationStep = 'propose' | 'disclosure' | 'approve' | 'reopen' | 'publish' | 'withdraw';
type Json = ColumnType<unknown, string, string>;

export interface PublicationsTable {
  id: Generated<string>;
  record_kind: string;
  record_id: string;
  disclosure: Generated<DisclosureLevel>;
  state: Generated<PublicationState>;
  title_zh: Generated<string>;
  title_en: Generated<string>;
  snapshot: Json | null;
  approved_at: Timestamp | null;
  published_at: Timestamp | null;
  withdrawn_at: Timestamp | null;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface PublicationStepsTable {
  id: Generated<string>;
  /** Order of the steps (several may share a timestamp). */
  seq: ColumnType<string, never, never>;
  publication_id: string;
  step: PublicationStep;
  from_state: PublicationState | null;
  to_state: PublicationState;
  disclosure: DisclosureLevel;
  actor_id: string | null;
  actor_name: Generated<string>;
  at: GeneratedTimestamp;
}

export interface PublicationTables {
  publications: PublicationsTable;
  publication_steps: PublicationStepsTable;
}
