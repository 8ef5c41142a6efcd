import { AppError, defineErrors } from '../../shared/errors.ts';

export const agreementsErrors = defineErrors({
  notFound: () => new AppError(404, 'agreements.not_found'),
  tooFewParties: () => new AppError(400, 'agreements.too_few_parties', {}, [{ field: 'parties', rule: 'agreements.too_few_parties' }]),
  badParty: () => new AppError(400, 'agreements.bad_party', {}, [{ field: 'parties', rule: 'agreements.bad_party' }]),
  unknownParty: (code: string) => new AppError(400, 'agreements.unknown_party', { code }, [{ field: 'parties', rule: 'agreements.unknown_party', params: { code } }]),
  unknownTask: (id: string) => new AppError(400, 'agreements.unknown_task', { id }, [{ field: 'clauses', rule: 'agreements.unknown_task', params: { id } }]),
  meetingNotFound: () => new AppError(400, 'agreements.meeting_not_found', {}, [{ field: 'meetingId', rule: 'agreements.meeting_not_found' }]),
  termEndBeforeStart: () => new AppError(400, 'agreements.term_end_before_start', {}, [{ field: 'termEnd', rule: 'agreements.term_end_before_start' }]),
  illegalTransition: (from: string, to: string, allowed: string[]) =>
    new AppError(409, 'agreements.illegal_transition', { from, to, allowed: allowed.join(', ') || '—' }, undefined, { allowed }),
});
