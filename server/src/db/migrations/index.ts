import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_work_loop.ts';

/** Every migration, in order. Names are permanent: never rename or reorder. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_work_loop': m0002,
};
