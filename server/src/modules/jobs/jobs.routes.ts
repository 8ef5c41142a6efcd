import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { OkResponse } from '../../shared/schemas.ts';
import { jobsPolicies } from './jobs.policies.ts';
import { JobIdParams, JobListQuery, JobPage } from './jobs.schemas.ts';
import * as usecases from './jobs.usecases.ts';

const tags = ['jobs'];

type JobRow = Awaited<ReturnType<typeof usecases.listJobs>>['items'][number];

function presentJob(row: JobRow) {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    runAt: row.run_at.toISOString(),
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until?.toISOString() ?? null,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

export async function jobsRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/jobs', {
    config: { policy: jobsPolicies.manage },
    schema: { tags, summary: 'Background jobs, newest first (failed ones show their last error)', querystring: JobListQuery, response: { 200: JobPage } },
    handler: async (request) => {
      const page = await usecases.listJobs(deps, request.query);
      return { items: page.items.map(presentJob), nextCursor: page.nextCursor };
    },
  });

  app.post('/api/v1/jobs/:id/retry', {
    config: { policy: jobsPolicies.manage },
    schema: { tags, summary: 'Run a failed job again, with a fresh set of attempts', params: JobIdParams, response: { 200: OkResponse } },
    handler: async (request) => {
      await usecases.retryJob(callerDeps(deps, request), request.params.id);
      return { ok: true };
    },
  });
}
