import { AppError, defineErrors, type FieldError } from '../../shared/errors.ts';

/** Errors of indicators, targets and observations; rules name the field that breaks them. */
export const indicatorsErrors = defineErrors({
  notFound: () => new AppError(404, 'indicators.not_found'),
  codeTaken: (code: string) => new AppError(409, 'indicators.code_taken', { code }, [{ field: 'code', rule: 'indicators.code_taken', params: { code } }]),
  unknownFocusArea: (code: string) =>
    new AppError(400, 'indicators.unknown_focus_area', { code }, [{ field: 'focusAreaCode', rule: 'indicators.unknown_focus_area', params: { code } }]),
  badBounds: () => new AppError(400, 'indicators.bad_bounds', {}, [{ field: 'minValue', rule: 'indicators.bad_bounds' }]),
  retired: (code: string) => new AppError(409, 'indicators.retired', { code }),
  alreadyRetired: (code: string) => new AppError(409, 'indicators.already_retired', { code }),
  mapNeedsCityLevel: (code: string) => new AppError(400, 'indicators.map_needs_city_level', { code }, [{ field: 'code', rule: 'indicators.map_needs_city_level', params: { code } }]),
  unknownIndicatorFilter: (code: string) =>
    new AppError(400, 'indicators.unknown_indicator', { code }, [{ field: 'indicator', rule: 'indicators.unknown_indicator', params: { code } }]),
  /** One or more fields of one record (an observation, a target list) break a rule: the first names the error. */
  invalid: (fields: FieldError[]) => new AppError(400, fields[0]!.rule, { ...fields[0]!.params, field: fields[0]!.field }, fields),

  observationNotFound: () => new AppError(404, 'observations.not_found'),
  observationExists: (period: string) =>
    new AppError(409, 'observations.exists', { period }, [{ field: 'period', rule: 'observations.exists', params: { period } }]),
  /** A liaison or editor writes only for their own member (a city: the city's member). */
  notOwnMember: (fields: FieldError[] = []) => new AppError(403, 'observations.not_own_member', {}, fields.length ? fields : undefined),
  finalOfficeOnly: (fields: FieldError[]) => new AppError(403, 'observations.final_office_only', {}, fields),
  alreadyFinal: () => new AppError(409, 'observations.already_final'),
  noChange: () => new AppError(400, 'observations.no_change', {}, [{ field: 'value', rule: 'observations.no_change' }]),
  reasonRequired: () => new AppError(400, 'observations.reason_required', {}, [{ field: 'reason', rule: 'observations.reason_required' }]),
  /** All or nothing: some items break a rule, so nothing was written. `details.errors` has every one (index, field, rule). */
  invalidItems: (fields: FieldError[], details: Record<string, unknown>) =>
    new AppError(400, 'observations.invalid_items', { count: details.errorCount, total: details.total }, fields, details),
});
