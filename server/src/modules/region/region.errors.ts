import { AppError, defineErrors } from '../../shared/errors.ts';

export const regionErrors = defineErrors({
  memberNotFound: (code: string) => new AppError(404, 'region.member_not_found', { code }),
  cityNotFound: (code: string) => new AppError(404, 'region.city_not_found', { code }),
  bodyNotFound: (code: string) => new AppError(404, 'region.body_not_found', { code }),
  /** A body named together with a member must be one of that member's bodies (`field` names the body field). */
  bodyNotOfMember: (field: string, code: string, memberCode: string) =>
    new AppError(400, 'region.body_not_of_member', { code, memberCode }, [{ field, rule: 'region.body_not_of_member', params: { code, memberCode } }]),
});
