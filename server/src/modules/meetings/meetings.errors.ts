import { AppError, defineErrors } from '../../shared/errors.ts';

export const meetingsErrors = defineErrors({
  notFound: () => new AppError(404, 'meetings.not_found'),
  parentNotFound: () => new AppError(400, 'meetings.parent_not_found', {}, [{ field: 'parentMeetingId', rule: 'meetings.parent_not_found' }]),
  endsBeforeStart: () => new AppError(400, 'meetings.ends_before_start', {}, [{ field: 'endsAt', rule: 'meetings.ends_before_start' }]),
  unknownMember: (field: string, code: string) =>
    new AppError(400, 'meetings.unknown_member', { code }, [{ field, rule: 'meetings.unknown_member', params: { code } }]),
  unknownCity: (code: string) => new AppError(400, 'meetings.unknown_city', { code }, [{ field: 'hostCityCode', rule: 'meetings.unknown_city', params: { code } }]),
  cityNotOfHost: (city: string, member: string) =>
    new AppError(400, 'meetings.city_not_of_host', { city, member }, [{ field: 'hostCityCode', rule: 'meetings.city_not_of_host', params: { city, member } }]),
  unknownBody: (code: string) => new AppError(400, 'meetings.unknown_body', { code }, [{ field: 'bodyCode', rule: 'meetings.unknown_body', params: { code } }]),
  noMinutes: () => new AppError(409, 'meetings.no_minutes'),
  minutesFinal: () => new AppError(409, 'meetings.minutes_final'),
  notParticipant: (memberCode: string) => new AppError(409, 'meetings.not_participant', { memberCode }),
  notOwnMember: (memberCode: string) => new AppError(403, 'meetings.not_own_member', { memberCode }),
  commentRequired: () => new AppError(400, 'meetings.comment_required', {}, [{ field: 'comment', rule: 'meetings.comment_required' }]),
  notAllApproved: (missing: string[]) => new AppError(409, 'meetings.not_all_approved', { missing: missing.join(', ') }, undefined, { missing }),
  parentCycle: () => new AppError(400, 'meetings.parent_cycle', {}, [{ field: 'parentMeetingId', rule: 'meetings.parent_cycle' }]),
  participantsFixed: () => new AppError(409, 'meetings.participants_fixed', {}, [{ field: 'participants', rule: 'meetings.participants_fixed' }]),
  noRotation: () => new AppError(404, 'meetings.no_rotation'),
});
