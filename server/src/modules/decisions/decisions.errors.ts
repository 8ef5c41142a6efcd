import { AppError, defineErrors } from '../../shared/errors.ts';

export const decisionsErrors = defineErrors({
  notFound: () => new AppError(404, 'decisions.not_found'),
  meetingNotFound: () => new AppError(404, 'decisions.meeting_not_found'),
  agreementNotFound: (id: string) => new AppError(400, 'decisions.agreement_not_found', { id }, [{ field: 'effects', rule: 'decisions.agreement_not_found', params: { id } }]),
  agreementNotDraft: (status: string) => new AppError(409, 'decisions.agreement_not_draft', { status }),
  matterNotFound: (id: string) => new AppError(400, 'decisions.matter_not_found', { id }, [{ field: 'effects', rule: 'decisions.matter_not_found', params: { id } }]),
  matterNotOpen: (status: string) => new AppError(409, 'decisions.matter_not_open', { status }),
  hostUnknown: (code: string) => new AppError(400, 'decisions.host_unknown', { code }, [{ field: 'effects', rule: 'decisions.host_unknown', params: { code } }]),
  hostCityInvalid: (city: string, member: string) =>
    new AppError(400, 'decisions.host_city_invalid', { city, member }, [{ field: 'effects', rule: 'decisions.host_city_invalid', params: { city, member } }]),
});
