import { AppError, defineErrors } from '../../shared/errors.ts';

export const tasksErrors = defineErrors({
  notFound: () => new AppError(404, 'tasks.not_found'),
  shareNotFound: () => new AppError(404, 'tasks.share_not_found'),
  milestoneNotFound: () => new AppError(404, 'tasks.milestone_not_found'),
  codeTaken: (code: string) =>
    new AppError(409, 'tasks.code_taken', { code }, [{ field: 'code', rule: 'tasks.code_taken', params: { code } }]),
  planNotFound: () => new AppError(400, 'tasks.plan_not_found', {}, [{ field: 'planId', rule: 'tasks.plan_not_found' }]),
  planClosed: () => new AppError(409, 'tasks.plan_closed'),
  areaNotFound: () => new AppError(400, 'tasks.area_not_found', {}, [{ field: 'focusAreaId', rule: 'tasks.area_not_found' }]),
  unknownMember: (field: string, code: string) =>
    new AppError(400, 'region.unknown_member', { code }, [{ field, rule: 'region.unknown_member', params: { code } }]),
  unknownBody: (field: string, code: string) =>
    new AppError(400, 'region.unknown_body', { code }, [{ field, rule: 'region.unknown_body', params: { code } }]),
  leadAsParticipant: () =>
    new AppError(400, 'tasks.lead_as_participant', {}, [{ field: 'participantMemberCodes', rule: 'tasks.lead_as_participant' }]),
  dueBeforeStart: () => new AppError(400, 'tasks.due_before_start', {}, [{ field: 'dueDate', rule: 'tasks.due_before_start' }]),
  notYourShare: () => new AppError(403, 'tasks.not_your_share'),
  officeOnlyField: (field: string) =>
    new AppError(403, 'tasks.office_only_field', { field }, [{ field, rule: 'tasks.office_only_field', params: { field } }]),
  shareHasReports: () => new AppError(409, 'tasks.share_has_reports'),
  cannotRemoveLead: () => new AppError(409, 'tasks.cannot_remove_lead'),
  shareExists: (code: string) =>
    new AppError(409, 'tasks.share_exists', { code }, [{ field: 'memberCode', rule: 'tasks.share_exists', params: { code } }]),
  /** Percent and status of a share or report must agree (tasks.progress.ts); the field named is the one to change. */
  progressMismatch: (code: string, field: 'percent' | 'status') => new AppError(400, code, { field }, [{ field, rule: code }]),
  viewNotFound: () => new AppError(404, 'tasks.view_not_found'),
  viewNameTaken: (name: string) =>
    new AppError(409, 'tasks.view_name_taken', { name }, [{ field: 'name', rule: 'tasks.view_name_taken', params: { name } }]),
});
