import { api } from '../../api/client.ts';
import type { Board, ScanResult } from '../../api/types.ts';

export const supervisionApi = {
  board: (planId: string | undefined, signal?: AbortSignal) => api.get<Board>('/api/v1/supervision/board', { planId }, signal),
  scan: () => api.post<ScanResult>('/api/v1/supervision/scan'),
};
