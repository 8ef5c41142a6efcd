import { AppError, defineErrors } from '../../shared/errors.ts';

export const regionErrors = defineErrors({
  memberNotFound: (code: string) => new AppError(404, 'region.member_not_found', { code }),
  cityNotFound: (code: string) => new AppError(404, 'region.city_not_found', { code }),
  bodyNotFound: (code: string) => new AppError(404, 'region.body_not_found', { code }),
});
