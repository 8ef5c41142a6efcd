/**
 * One error type for everything the API reports on purpose. Codes are stable
 * (`users.not_found`); messages come from the i18n catalogue by code.
 */
export interface FieldError {
  field: string;
  rule: string;
  message?: string;
  params?: Record<string, unknown>;
}

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    readonly fields?: FieldError[],
    /** Extra data the client needs, e.g. the current version on a conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

type ErrorFactory = (...args: never[]) => AppError;

/**
 * A module declares its errors in one place, e.g.
 * `export const usersErrors = defineErrors({ notFound: (id: string) => new AppError(404, 'users.not_found', { id }) })`.
 */
export function defineErrors<T extends Record<string, ErrorFactory>>(factories: T): T {
  return factories;
}

export const commonErrors = defineErrors({
  notFound: () => new AppError(404, 'common.not_found'),
  versionConflict: (currentVersion: number) =>
    new AppError(409, 'common.version_conflict', { currentVersion }, undefined, { currentVersion }),
  forbidden: () => new AppError(403, 'common.forbidden'),
  unauthenticated: () => new AppError(401, 'common.unauthenticated'),
  badCursor: () => new AppError(400, 'common.bad_cursor', {}, [{ field: 'cursor', rule: 'common.bad_cursor' }]),
});
