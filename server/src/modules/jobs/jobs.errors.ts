import { AppError, defineErrors } from '../../shared/errors.ts';

export const jobsErrors = defineErrors({
  notFound: () => new AppError(404, 'jobs.not_found'),
  notFailed: (status: string) => new AppError(409, 'jobs.not_failed', { status }),
});
