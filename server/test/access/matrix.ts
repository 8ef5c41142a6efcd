/**
 * Shared vocabulary of the access matrix. Each module describes its routes in
 * server/test/access/<module>.ts; server/src/access-matrix.test.ts runs them all.
 */
import type { TestContext } from '../helpers.ts';

export type Who = 'anonymous' | 'admin' | 'office' | 'observer' | 'liaison' | 'editor';
export const EVERYONE: Who[] = ['anonymous', 'admin', 'office', 'observer', 'liaison', 'editor'];

/** The liaison and editor act for this member; records of OTHER_MEMBER are not theirs. */
export const OWN_MEMBER = '320000';
export const OTHER_MEMBER = '330000';

export interface Case {
  /** Concrete URL to call; may create fixtures for this caller (e.g. a fresh grant to revoke). */
  path: (who: Who) => Promise<string> | string;
  payload?: (who: Who) => Promise<object> | object;
  expect: Record<Who, number>;
  /** Extra checks on a successful response: e.g. that a list holds nothing the caller may not see. */
  /** May be async: a check can also read the database (e.g. that another user's record was left alone). */
  check?: (who: Who, body: unknown) => void | Promise<void>;
}

/** Route key ("GET /api/v1/tasks/:id", or with a suffix " #own" for a second case of the same route). */
export type Cases = Record<string, Case>;

export interface MatrixFixtures {
  ctx: TestContext;
  userIds: Record<Exclude<Who, 'anonymous'>, string>;
  /** A bystander account that user-admin routes may change freely. */
  targetUserId: string;
}

export const only = (allowed: Who[], okStatus = 200): Record<Who, number> =>
  Object.fromEntries(EVERYONE.map((who) => [who, allowed.includes(who) ? okStatus : who === 'anonymous' ? 401 : 403])) as Record<Who, number>;
export const everyone = (status = 200) => Object.fromEntries(EVERYONE.map((who) => [who, status])) as Record<Who, number>;
export const signedIn = (status = 200) => ({ ...everyone(status), anonymous: 401 });

/** Roles that read the work records (plans, tasks, reports). */
export const WORK_READERS: Who[] = ['office', 'observer', 'liaison', 'editor'];
