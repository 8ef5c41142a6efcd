import { AppError, defineErrors } from '../../shared/errors.ts';

export const plansErrors = defineErrors({
  notFound: () => new AppError(404, 'plans.not_found'),
  codeTaken: (code: string) =>
    new AppError(409, 'plans.code_taken', { code }, [{ field: 'code', rule: 'plans.code_taken', params: { code } }]),
  illegalTransition: (from: string, to: string, allowed: string[]) =>
    new AppError(409, 'plans.illegal_transition', { from, to, allowed: allowed.join(', ') || '—' }, undefined, { allowed }),
  notThreeYear: () => new AppError(409, 'plans.not_three_year'),
  yearOutsidePeriod: (year: number) =>
    new AppError(400, 'plans.year_outside_period', { year }, [{ field: 'year', rule: 'plans.year_outside_period', params: { year } }]),
  taskNotInPlan: (taskId: string) =>
    new AppError(400, 'plans.task_not_in_plan', { taskId }, [{ field: 'taskIds', rule: 'plans.task_not_in_plan', params: { taskId } }]),
  unknownArea: () => new AppError(400, 'plans.unknown_area', {}, [{ field: 'areaId', rule: 'plans.unknown_area' }]),
  areaNotFound: () => new AppError(404, 'plans.area_not_found'),
  areaCodeTaken: (code: string) =>
    new AppError(409, 'plans.area_code_taken', { code }, [{ field: 'code', rule: 'plans.area_code_taken', params: { code } }]),
  areaParentMissing: (code: string) =>
    new AppError(400, 'plans.area_parent_missing', { code }, [{ field: 'code', rule: 'plans.area_parent_missing', params: { code } }]),
  invalidPeriod: () =>
    new AppError(400, 'plans.invalid_period', {}, [{ field: 'periodEnd', rule: 'plans.invalid_period' }]),
});
