import { AppError, defineErrors, type FieldError } from '../../shared/errors.ts';

export const authErrors = defineErrors({
  invalidCredentials: () => new AppError(401, 'auth.invalid_credentials'),
  locked: (minutes: number) => new AppError(429, 'auth.locked', { minutes }, undefined, { retryAfterMinutes: minutes }),
  wrongCurrentPassword: () =>
    new AppError(400, 'auth.wrong_current_password', {}, [{ field: 'currentPassword', rule: 'auth.wrong_current_password' }]),
  weakPassword: (fields: FieldError[]) => new AppError(400, 'validation.failed', {}, fields),
});
