/** Sign-in and the session (server module auth). */
import type { Locale, RoleName } from './common.ts';

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
