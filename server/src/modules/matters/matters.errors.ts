import { AppError, defineErrors } from '../../shared/errors.ts';

export const mattersErrors = defineErrors({
  notFound: () => new AppError(404, 'matters.not_found'),
  notOpen: (status: string) => new AppError(409, 'matters.not_open', { status }),
  notParty: () => new AppError(403, 'matters.not_party'),
  notRaiser: () => new AppError(403, 'matters.not_raiser'),
  notOwnMember: (memberCode: string) => new AppError(403, 'matters.not_own_member', { memberCode }),
  raiserRequired: () => new AppError(400, 'matters.raiser_required', {}, [{ field: 'raisedByMemberCode', rule: 'matters.raiser_required' }]),
  unknownMember: (code: string) => new AppError(400, 'matters.unknown_member', { code }, [{ field: 'affectedMemberCodes', rule: 'matters.unknown_member', params: { code } }]),
  unknownFocusArea: () => new AppError(400, 'matters.unknown_focus_area', {}, [{ field: 'focusAreaId', rule: 'matters.unknown_focus_area' }]),
  unknownBody: (code: string) => new AppError(400, 'matters.unknown_body', { code }, [{ field: 'raisedByBodyCode', rule: 'matters.unknown_body', params: { code } }]),
  atTop: () => new AppError(409, 'matters.at_top_tier'),
  atBottom: () => new AppError(409, 'matters.at_bottom_tier'),
  reasonRequired: () => new AppError(400, 'matters.reason_required', {}, [{ field: 'reason', rule: 'matters.reason_required' }]),
});
