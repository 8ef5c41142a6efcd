import { only, type Cases } from './matrix.ts';

/** Bulk user import: administrators only. A JSON body reaches the administrator's content check (415) and nobody else's. */
export async function usersImportCases(): Promise<Cases> {
  return {
    'GET /api/v1/users/import-template': { path: () => '/api/v1/users/import-template', expect: only(['admin']) },
    'POST /api/v1/users/import': { path: () => '/api/v1/users/import', payload: () => ({ rows: [] }), expect: only(['admin'], 415) },
  };
}
