import { api } from '../../api/client.ts';
import type { Locale, PasswordPolicy, SessionResponse } from '../../api/types.ts';

export const authApi = {
  session: () => api.get<SessionResponse>('/api/v1/auth/session'),
  login: (username: string, password: string) => api.post<SessionResponse>('/api/v1/auth/login', { username, password }),
  logout: () => api.post<{ ok: boolean }>('/api/v1/auth/logout'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<{ ok: boolean }>('/api/v1/auth/password', { currentPassword, newPassword }),
  setLocale: (locale: Locale) => api.put<{ ok: boolean }>('/api/v1/auth/preferences', { locale }),
  passwordPolicy: (signal?: AbortSignal) => api.get<PasswordPolicy>('/api/v1/auth/password-policy', undefined, signal),
};
