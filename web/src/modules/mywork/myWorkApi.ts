import { api } from '../../api/client.ts';
import type { MyWork } from '../../api/types.ts';

export const myWorkApi = {
  get: (signal?: AbortSignal) => api.get<MyWork>('/api/v1/my-work', undefined, signal),
};
