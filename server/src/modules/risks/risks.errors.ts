import { AppError, defineErrors } from '../../shared/errors.ts';

export const risksErrors = defineErrors({
  notFound: () => new AppError(404, 'risks.not_found'),
  triggerNotFound: () => new AppError(404, 'risks.trigger_not_found'),
  notOwnMember: () => new AppError(403, 'risks.not_own_member', {}, [{ field: 'ownerMemberCodes', rule: 'risks.not_own_member' }]),
  codeTaken: (code: string) => new AppError(409, 'risks.code_taken', { code }, [{ field: 'code', rule: 'risks.code_taken', params: { code } }]),
  unknownMember: (code: string) => new AppError(400, 'risks.unknown_member', { code }, [{ field: 'ownerMemberCodes', rule: 'risks.unknown_member', params: { code } }]),
  badMeasure: (index: number) => new AppError(400, 'risks.bad_measure', { index }, [{ field: `measures[${index}]`, rule: 'risks.bad_measure', params: { index } }]),
  unknownTask: (index: number, id: string) => new AppError(400, 'risks.unknown_task', { id }, [{ field: `measures[${index}].taskId`, rule: 'risks.unknown_task', params: { id } }]),
  unknownClause: (index: number, id: string) => new AppError(400, 'risks.unknown_clause', { id, field: `measures[${index}].clauseId` }, [{ field: `measures[${index}].clauseId`, rule: 'risks.unknown_clause', params: { id } }]),
  reasonRequired: () => new AppError(400, 'risks.reason_required', {}, [{ field: 'reason', rule: 'risks.reason_required' }]),
  unknownIndicator: (code: string) => new AppError(400, 'risks.unknown_indicator', { code }, [{ field: 'indicatorCode', rule: 'risks.unknown_indicator', params: { code } }]),
  badScope: (scope: string, level: string) => new AppError(400, 'risks.bad_scope', { scope, level }, [{ field: 'scopeCode', rule: 'risks.bad_scope', params: { scope, level } }]),
});
