import { api } from '../../api/client.ts';
import type { CreateUserInput, Page, RoleInput, RoleName, UpdateUserInput, User, UserStatus } from '../../api/types.ts';

export interface UserFilters {
  q?: string;
  role?: RoleName;
  memberCode?: string;
  status?: UserStatus;
}

const PAGE_SIZE = 50;

export const usersApi = {
  list: (filters: UserFilters, cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<User>>('/api/v1/users', { ...filters, cursor, limit: PAGE_SIZE }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<User>(`/api/v1/users/${encodeURIComponent(id)}`, undefined, signal),
  create: (input: CreateUserInput) => api.post<{ user: User; oneTimePassword: string }>('/api/v1/users', input),
  update: (id: string, input: UpdateUserInput) => api.patch<User>(`/api/v1/users/${encodeURIComponent(id)}`, input),
  grantRole: (id: string, role: RoleInput) => api.post<User>(`/api/v1/users/${encodeURIComponent(id)}/roles`, role),
  revokeRole: (id: string, grantId: string) =>
    api.delete<User>(`/api/v1/users/${encodeURIComponent(id)}/roles/${encodeURIComponent(grantId)}`),
  resetPassword: (id: string) => api.post<{ oneTimePassword: string }>(`/api/v1/users/${encodeURIComponent(id)}/reset-password`),
  unlock: (id: string) => api.post<{ ok: boolean }>(`/api/v1/users/${encodeURIComponent(id)}/unlock`),
  resetSecondFactor: (id: string) => api.post<{ ok: boolean }>(`/api/v1/users/${encodeURIComponent(id)}/second-factor/reset`),
};
