import { api } from '../../api/client.ts';
import type { ApiQuery, ApiResult } from '../../api/openapi.ts';
import type { CreateUserInput, Page, RoleInput, UpdateUserInput, User } from '../../api/types.ts';

export type UserFilters = Omit<ApiQuery<'users.list'>, 'cursor' | 'limit'>;

const PAGE_SIZE = 50;

export const usersApi = {
  list: (filters: UserFilters, cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<User>>('/api/v1/users', { ...filters, cursor, limit: PAGE_SIZE }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<User>(`/api/v1/users/${encodeURIComponent(id)}`, undefined, signal),
  create: (input: CreateUserInput) => api.post<ApiResult<'users.create'>>('/api/v1/users', input),
  update: (id: string, input: UpdateUserInput) => api.patch<User>(`/api/v1/users/${encodeURIComponent(id)}`, input),
  grantRole: (id: string, role: RoleInput) => api.post<User>(`/api/v1/users/${encodeURIComponent(id)}/roles`, role),
  revokeRole: (id: string, grantId: string) =>
    api.delete<User>(`/api/v1/users/${encodeURIComponent(id)}/roles/${encodeURIComponent(grantId)}`),
  resetPassword: (id: string) => api.post<ApiResult<'users.resetPassword'>>(`/api/v1/users/${encodeURIComponent(id)}/reset-password`),
  unlock: (id: string) => api.post<ApiResult<'users.unlock'>>(`/api/v1/users/${encodeURIComponent(id)}/unlock`),
  resetSecondFactor: (id: string) => api.post<ApiResult<'users.resetSecondFactor'>>(`/api/v1/users/${encodeURIComponent(id)}/second-factor/reset`),
};
