import { only, WORK_READERS, type Cases, type MatrixFixtures } from './matrix.ts';

/** Supervision: the board and the flags are read by every work role; the on-demand scan is the Office's. */
export async function supervisionCases(_fixtures: MatrixFixtures): Promise<Cases> {
  return {
    'POST /api/v1/supervision/scan': { path: () => '/api/v1/supervision/scan', expect: only(['office']) },
    'GET /api/v1/supervision/board': { path: () => '/api/v1/supervision/board', expect: only(WORK_READERS) },
    'GET /api/v1/supervision/flags': { path: () => '/api/v1/supervision/flags?open=true', expect: only(WORK_READERS) },
  };
}
