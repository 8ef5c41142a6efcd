import { Type } from 'typebox';
import { DateTime, Nullable, Page, PageQuery, StringEnum } from '../../shared/schemas.ts';

const JobStatus = StringEnum(['pending', 'running', 'done', 'failed'] as const);

export const JobSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  status: JobStatus,
  runAt: DateTime,
  attempts: Type.Integer(),
  maxAttempts: Type.Integer(),
  lockedBy: Nullable(Type.String()),
  lockedUntil: Nullable(DateTime),
  lastError: Nullable(Type.String()),
  createdAt: DateTime,
  finishedAt: Nullable(DateTime),
});

export const JobListQuery = Type.Object({ status: Type.Optional(JobStatus), kind: Type.Optional(Type.String({ maxLength: 100 })), ...PageQuery }, { additionalProperties: false });
export const JobPage = Page(JobSchema);
export const JobIdParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,18}$' }) });
