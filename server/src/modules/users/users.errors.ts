import { AppError, defineErrors } from '../../shared/errors.ts';

export const usersErrors = defineErrors({
  notFound: () => new AppError(404, 'users.not_found'),
  usernameTaken: (username: string) =>
    new AppError(409, 'users.username_taken', { username }, [{ field: 'username', rule: 'users.username_taken', params: { username } }]),
  invalidRoleScope: (role: string) =>
    new AppError(400, 'users.role_invalid_scope', { role }, [{ field: 'memberCode', rule: 'users.role_invalid_scope', params: { role } }]),
  unknownMember: (code: string) =>
    new AppError(400, 'region.unknown_member', { code }, [{ field: 'memberCode', rule: 'region.unknown_member', params: { code } }]),
  unknownBody: (code: string) =>
    new AppError(400, 'region.unknown_body', { code }, [{ field: 'bodyCode', rule: 'region.unknown_body', params: { code } }]),
  roleNotFound: () => new AppError(404, 'users.role_not_found'),
  roleExists: () => new AppError(409, 'users.role_exists'),
  lastAdmin: () => new AppError(409, 'users.last_admin'),
  cannotDisableSelf: () => new AppError(409, 'users.cannot_disable_self'),
  emailDeliveryUnavailable: () =>
    new AppError(400, 'users.import.email_unavailable', {}, [{ field: 'delivery', rule: 'users.import.email_unavailable' }]),
});
