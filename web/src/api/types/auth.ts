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
  /** Two-factor sign-in: set up, required but missing (only the set-up page works), last passed. */
  secondFactor?: { enrolled: boolean; enrolmentRequired: boolean; verifiedAt: string | null };
}

export interface SessionResponse {
  authenticated: boolean;
  user?: CurrentUser;
  csrfToken?: string;
  /** The password was right; the authenticator code comes next, with this challenge. */
  secondFactorRequired?: boolean;
  challenge?: string;
  challengeExpiresAt?: string;
}

export interface PasswordPolicy {
  profile: 'standard' | 'mlps3';
  minLength: number;
  maxLength: number;
  minClasses: number;
  maxAgeDays: number;
  historyCount: number;
}
