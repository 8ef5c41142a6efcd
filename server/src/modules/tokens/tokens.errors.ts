import { AppError, defineErrors, type FieldError } from '../../shared/errors.ts';

/** Errors of API tokens and the push route; rules name the field that breaks them. */
export const tokensErrors = defineErrors({
  notFound: () => new AppError(404, 'tokens.not_found'),
  unknownMember: (code: string) => new AppError(400, 'tokens.unknown_member', { code }, [{ field: 'memberCode', rule: 'tokens.unknown_member', params: { code } }]),
  unknownIndicator: (code: string) =>
    new AppError(400, 'tokens.unknown_indicator', { code }, [{ field: 'indicatorCodes', rule: 'tokens.unknown_indicator', params: { code } }]),
  expiryPast: () => new AppError(400, 'tokens.expiry_past', {}, [{ field: 'expiresAt', rule: 'tokens.expiry_past' }]),
  expiryTooFar: (maxDays: number) => new AppError(400, 'tokens.expiry_too_far', { maxDays }, [{ field: 'expiresAt', rule: 'tokens.expiry_too_far', params: { maxDays } }]),
  alreadyRevoked: () => new AppError(409, 'tokens.already_revoked'),
  /** No bearer token, or one that is unknown, expired or revoked: the same answer, so nothing is learnt about tokens. */
  invalidToken: () => new AppError(401, 'tokens.invalid'),
  /** Items outside the token's indicators: 403 naming each item. */
  indicatorNotAllowed: (fields: FieldError[]) => new AppError(403, 'tokens.indicator_not_allowed', { ...fields[0]!.params, field: fields[0]!.field }, fields),
});
