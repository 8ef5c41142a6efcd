/** Shared by every module: languages, role names, error bodies, cursor pages. */

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export type RoleName = 'admin' | 'office' | 'liaison' | 'editor' | 'observer';
export const ROLE_NAMES: readonly RoleName[] = ['admin', 'office', 'liaison', 'editor', 'observer'];
/** Roles that act for one member and so need exactly one memberCode. */
export const MEMBER_SCOPED_ROLES: readonly RoleName[] = ['liaison', 'editor'];

export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldError[]; details?: Record<string, unknown> };
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
