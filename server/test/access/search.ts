import { only, WORK_READERS, type Cases } from './matrix.ts';

/** Global search: whoever reads the work records; an administrator without a work role reads none of them. */
export async function searchCases(): Promise<Cases> {
  return {
    'GET /api/v1/search': { path: () => `/api/v1/search?q=${encodeURIComponent('协议')}`, expect: only(WORK_READERS) },
  };
}
