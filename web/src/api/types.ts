/**
 * Shapes of the API's answers, mirroring server/src/modules/*\/*.schemas.ts.
 * Kept by hand: the server is the source of truth; change both together.
 */

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

// ── auth ────────────────────────────────────────────────────────────────
export interface RoleGrant {
  id: string;
  role: RoleName;
  memberCode: string | null;
  bodyCode: string | null;
}

export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  locale: Locale;
  roles: RoleGrant[];
  mustChangePassword: boolean;
  isDemo: boolean;
}

export interface SessionResponse {
  authenticated: boolean;
  user?: CurrentUser;
  csrfToken?: string;
}

export interface PasswordPolicy {
  profile: 'standard' | 'mlps3';
  minLength: number;
  maxLength: number;
  minClasses: number;
  maxAgeDays: number;
  historyCount: number;
}

// ── region ──────────────────────────────────────────────────────────────
export type Tier = 'decision' | 'coordination' | 'execution' | 'observer';
export const TIERS: readonly Tier[] = ['decision', 'coordination', 'execution', 'observer'];

export interface Region {
  id: string;
  nameZh: string;
  nameEn: string;
  timeZone: string;
  dataVersion: string;
  loadedAt: string;
}

export interface RegionOverview {
  region: Region | null;
  counts: { members: number; cities: number; bodies: number };
}

export interface Member {
  code: string;
  regionId: string;
  kind: 'municipality' | 'province';
  nameZh: string;
  nameEn: string;
  shortZh: string;
  shortEn: string;
  cityCount: number;
}

export interface City {
  code: string;
  memberCode: string;
  nameZh: string;
  nameEn: string;
  memberShortZh: string;
  memberShortEn: string;
}

export interface Body {
  code: string;
  tier: Tier;
  kind: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  parentCode: string | null;
  memberCode: string | null;
  rhythm: string;
}

// ── users ───────────────────────────────────────────────────────────────
export type UserStatus = 'active' | 'disabled';

export interface UserRole extends RoleGrant {
  grantedAt: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  locale: Locale;
  status: UserStatus;
  isDemo: boolean;
  mustChangePassword: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
  roles: UserRole[];
}

export interface RoleInput {
  role: RoleName;
  memberCode?: string | null;
  bodyCode?: string | null;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  email?: string | null;
  locale?: Locale;
  roles?: RoleInput[];
}

export interface UpdateUserInput {
  version: number;
  displayName?: string;
  email?: string | null;
  status?: UserStatus;
}

// ── audit ───────────────────────────────────────────────────────────────
export type AuditOutcome = 'success' | 'denied' | 'failure';
export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['success', 'denied', 'failure'];

export interface AuditEvent {
  seq: string;
  id: string;
  /** ISO 8601 in the region's time zone, with its offset (e.g. +08:00). */
  occurredAt: string;
  actorUserId: string | null;
  actorUsername: string | null;
  actorMemberCode: string | null;
  action: string;
  outcome: AuditOutcome;
  objectType: string | null;
  objectId: string | null;
  summary: Record<string, unknown>;
  ip: string | null;
  hash: string;
}
