import { mergeJobPayload } from '../../src/modules/jobs/jobs.usecases.ts';
import { queuePrint } from '../../src/modules/printing/printing.jobs.ts';
import { systemActor } from '../../src/shared/principal.ts';
import { makePlan, makeTask } from '../work-fixtures.ts';
import { everyone, only, WORK_READERS, type Cases, type MatrixFixtures, type Who } from './matrix.ts';

/**
 * Printing: any signed-in user may ask, but only for a record they may read
 * (the owning module's read policy: an administrator without a work role gets
 * 403); a job and its PDF are seen by their requester only (others get 404).
 */
export async function printingCases({ ctx, userIds }: MatrixFixtures): Promise<Cases> {
  const deps = ctx.deps;
  const taskId = await makeTask(deps, await makePlan(deps, { code: 'PRINT-MATRIX' }));
  const jobOf = async (who: Exclude<Who, 'anonymous'>, done: boolean) => {
    const actor = { ...systemActor('matrix'), userId: userIds[who], username: `matrix.${who}` };
    const id = await deps.db.transaction().execute((trx) => queuePrint(trx, deps.clock.now(), { actor, roles: [], kind: 'task-record', params: { taskId }, lang: 'zh-CN' }));
    // A finished job without running Chromium: the route serves what the job stored.
    if (done) await mergeJobPayload(deps.db, `printing:${id}`, { state: 'done', progress: 100, title: '任务记录', pdf: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') });
    return id;
  };
  const officeJob = await jobOf('office', true);
  const own = (done: boolean) => async (who: Who) => (who === 'anonymous' ? officeJob : jobOf(who, done));
  const onlyOffice = { ...everyone(404), anonymous: 401, office: 200 };
  const signedIn200 = { ...everyone(200), anonymous: 401 };
  return {
    'POST /api/v1/print-jobs': { path: () => '/api/v1/print-jobs', payload: () => ({ kind: 'task-record', params: { taskId } }), expect: only(WORK_READERS, 202) },
    'GET /api/v1/print-jobs/:id': { path: async (who) => `/api/v1/print-jobs/${await own(false)(who)}`, expect: signedIn200 },
    'GET /api/v1/print-jobs/:id #other': { path: () => `/api/v1/print-jobs/${officeJob}`, expect: onlyOffice },
    'GET /api/v1/print-jobs/:id/pdf': { path: async (who) => `/api/v1/print-jobs/${await own(true)(who)}/pdf`, expect: signedIn200 },
    'GET /api/v1/print-jobs/:id/pdf #other': { path: () => `/api/v1/print-jobs/${officeJob}/pdf`, expect: onlyOffice },
    'GET /api/v1/print-jobs/:id/file': { path: async (who) => `/api/v1/print-jobs/${await own(true)(who)}/file`, expect: signedIn200 },
    'GET /api/v1/print-jobs/:id/file #other': { path: () => `/api/v1/print-jobs/${officeJob}/file`, expect: onlyOffice },
  };
}
