import { AppError, defineErrors } from '../../shared/errors.ts';

export const projectsErrors = defineErrors({
  notFound: () => new AppError(404, 'projects.not_found'),
  codeTaken: (code: string) => new AppError(409, 'projects.code_taken', { code }, [{ field: 'code', rule: 'projects.code_taken', params: { code } }]),
  notLead: () => new AppError(403, 'projects.not_lead'),
  unknownMember: (code: string) => new AppError(400, 'projects.unknown_member', { code }, [{ field: 'members', rule: 'projects.unknown_member', params: { code } }]),
  cityNotOfMembers: (code: string, field: string) => new AppError(400, 'projects.city_not_of_members', { code }, [{ field, rule: 'projects.city_not_of_members', params: { code } }]),
  unknownTask: (id: string) => new AppError(400, 'projects.unknown_task', { id }, [{ field: 'taskIds', rule: 'projects.unknown_task', params: { id } }]),
  unknownAgreement: (id: string) => new AppError(400, 'projects.unknown_agreement', { id }, [{ field: 'agreementIds', rule: 'projects.unknown_agreement', params: { id } }]),
  unknownMilestone: (id: string) => new AppError(400, 'projects.unknown_milestone', { id }, [{ field: 'milestones', rule: 'projects.unknown_milestone', params: { id } }]),
  completionBeforeStart: () => new AppError(400, 'projects.completion_before_start', {}, [{ field: 'plannedCompletion', rule: 'projects.completion_before_start' }]),
  investmentOfNonMember: (code: string) => new AppError(400, 'projects.investment_of_non_member', { code }, [{ field: 'members', rule: 'projects.investment_of_non_member', params: { code } }]),
});
