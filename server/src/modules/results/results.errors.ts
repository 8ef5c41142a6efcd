import { AppError, defineErrors } from '../../shared/errors.ts';

export const resultsErrors = defineErrors({
  quarterRequired: () => new AppError(400, 'results.quarter_required', {}, [{ field: 'quarter', rule: 'results.quarter_required' }]),
  quarterNotAllowed: () => new AppError(400, 'results.quarter_not_allowed', {}, [{ field: 'quarter', rule: 'results.quarter_not_allowed' }]),
  memberRequired: () => new AppError(400, 'results.member_required', {}, [{ field: 'memberCode', rule: 'results.member_required' }]),
  memberNotAllowed: () => new AppError(400, 'results.member_not_allowed', {}, [{ field: 'memberCode', rule: 'results.member_not_allowed' }]),
  unknownMember: (code: string) => new AppError(400, 'results.unknown_member', { code }, [{ field: 'memberCode', rule: 'results.unknown_member', params: { code } }]),
  /** Publishing needs an edition (its narratives saved at least once). */
  noEdition: () => new AppError(409, 'results.no_edition'),
});
