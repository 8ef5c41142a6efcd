import { AppError, defineErrors } from '../../shared/errors.ts';

export const supervisionErrors = defineErrors({
  flagNotFound: () => new AppError(404, 'supervision.flag_not_found'),
  planNotFound: () => new AppError(400, 'supervision.plan_not_found', {}, [{ field: 'planId', rule: 'supervision.plan_not_found' }]),
});
