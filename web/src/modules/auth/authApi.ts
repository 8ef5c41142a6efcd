import { api } from '../../api/client.ts';
import type { ApiResult } from '../../api/openapi.ts';
import type { Locale, PasswordPolicy, SessionResponse } from '../../api/types.ts';

export type SecondFactorStatus = ApiResult<'auth.secondFactorStatus'>;
export type Enrolment = ApiResult<'auth.startSecondFactorEnrolment'>;
export type SignInLock = ApiResult<'auth.listLocks'>['items'][number];

export const authApi = {
  session: () => api.get<SessionResponse>('/api/v1/auth/session'),
  login: (username: string, password: string) => api.post<SessionResponse>('/api/v1/auth/login', { username, password }),
  loginSecondFactor: (challenge: string, code: string) =>
    api.post<SessionResponse>('/api/v1/auth/login/second-factor', { challenge, code }),
  logout: () => api.post<ApiResult<'auth.logout'>>('/api/v1/auth/logout'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<ApiResult<'auth.changePassword'>>('/api/v1/auth/password', { currentPassword, newPassword }),
  setLocale: (locale: Locale) => api.put<ApiResult<'auth.setPreferences'>>('/api/v1/auth/preferences', { locale }),
  passwordPolicy: (signal?: AbortSignal) => api.get<PasswordPolicy>('/api/v1/auth/password-policy', undefined, signal),
  secondFactor: (signal?: AbortSignal) => api.get<SecondFactorStatus>('/api/v1/auth/second-factor', undefined, signal),
  startEnrolment: () => api.post<Enrolment>('/api/v1/auth/second-factor/enrolment'),
  confirmEnrolment: (code: string) =>
    api.post<ApiResult<'auth.confirmSecondFactorEnrolment'>>('/api/v1/auth/second-factor/enrolment/confirm', { code }),
  verifySecondFactor: (code: string) => api.post<ApiResult<'auth.verifySecondFactor'>>('/api/v1/auth/second-factor/verify', { code }),
  locks: (signal?: AbortSignal) => api.get<ApiResult<'auth.listLocks'>>('/api/v1/auth/locks', undefined, signal),
  liftLock: (key: string) => api.post<ApiResult<'auth.liftLock'>>('/api/v1/auth/locks/lift', { key }),
};
