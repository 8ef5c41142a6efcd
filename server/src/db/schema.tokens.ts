import type { Generated } from 'kysely';
import type { Timestamp } from './schema.ts';

/** API tokens for pushing observations (migration 0015). */
export interface ApiTokensTable {
  id: Generated<string>;
  name: string;
  member_code: string;
  /** Empty: every indicator. */
  indicator_codes: Generated<string[]>;
  secret_hash: string;
  secret_prefix: string;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  last_used_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface TokenTables {
  api_tokens: ApiTokensTable;
}
