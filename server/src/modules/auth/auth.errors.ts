import { AppError, defineErrors, type FieldError } from '../../shared/errors.ts';

export const authErrors = defineErrors({
  invalidCredentials: () => new AppError(401, 'auth.invalid_credentials'),
  locked: (minutes: number) => new AppError(429, 'auth.locked', { minutes }, undefined, { retryAfterMinutes: minutes }),
  wrongCurrentPassword: () =>
    new AppError(400, 'auth.wrong_current_password', {}, [{ field: 'currentPassword', rule: 'auth.wrong_current_password' }]),
  weakPassword: (fields: FieldError[]) => new AppError(400, 'validation.failed', {}, fields),
  lockNotFound: () => new AppError(404, 'auth.lock_not_found'),
  secondFactorInvalid: () =>
    new AppError(400, 'auth.second_factor_invalid', {}, [{ field: 'code', rule: 'auth.second_factor_invalid' }]),
  challengeExpired: () => new AppError(401, 'auth.second_factor_challenge_expired'),
  notEnrolled: () => new AppError(409, 'auth.second_factor_not_enrolled'),
  alreadyEnrolled: () => new AppError(409, 'auth.second_factor_already_enrolled'),
  noEnrolment: () => new AppError(409, 'auth.second_factor_no_enrolment'),
  userNotFound: () => new AppError(404, 'users.not_found'),
});
