/** User administration (server module users). */
import type { RoleGrant } from './auth.ts';
import type { Locale, RoleName } from './common.ts';

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
