import { AppError, defineErrors } from '../../shared/errors.ts';

/** Errors of the public services catalogue; rules name the field that breaks them. */
export const servicesErrors = defineErrors({
  notFound: () => new AppError(404, 'services.not_found'),
  codeTaken: (code: string) => new AppError(409, 'services.code_taken', { code }, [{ field: 'code', rule: 'services.code_taken', params: { code } }]),
  unknownMember: (field: string, code: string) => new AppError(400, 'services.unknown_member', { code }, [{ field, rule: 'services.unknown_member', params: { code } }]),
  bodyNotOfMember: (field: string, body: string, member: string) =>
    new AppError(400, 'services.body_not_of_member', { body, member }, [{ field, rule: 'services.body_not_of_member', params: { body, member } }]),
  cityNotOfMember: (city: string, member: string) =>
    new AppError(400, 'services.city_not_of_member', { city, member }, [{ field: 'cityCodes', rule: 'services.city_not_of_member', params: { city, member } }]),
  citiesNeeded: () => new AppError(400, 'services.cities_needed', {}, [{ field: 'cityCodes', rule: 'services.cities_needed' }]),
  citiesWithAll: () => new AppError(400, 'services.cities_with_all', {}, [{ field: 'cityCodes', rule: 'services.cities_with_all' }]),
  channelsNeeded: (status: string) => new AppError(400, 'services.channels_needed', { status }, [{ field: 'channels', rule: 'services.channels_needed', params: { status } }]),
  sinceNeeded: (status: string) => new AppError(400, 'services.since_needed', { status }, [{ field: 'since', rule: 'services.since_needed', params: { status } }]),
  /** A liaison or editor writes only rows of their own member (availability: the member; usage: the origin member). */
  notOwnMember: (field: string) => new AppError(403, 'services.not_own_member', {}, [{ field, rule: 'services.not_own_member' }]),
  badMonth: (field: string, value: string) => new AppError(400, 'services.bad_month', { value }, [{ field, rule: 'services.bad_month', params: { value } }]),
  futureMonth: (field: string, value: string) => new AppError(400, 'services.future_month', { value }, [{ field, rule: 'services.future_month', params: { value } }]),
  badRange: () => new AppError(400, 'services.bad_range', {}, [{ field: 'to', rule: 'services.bad_range' }]),
  versionRequired: (currentVersion: number) =>
    new AppError(409, 'services.version_required', { currentVersion }, [{ field: 'version', rule: 'services.version_required' }], { currentVersion }),
  indicatorTaken: (code: string) => new AppError(409, 'services.indicator_taken', { code }, [{ field: 'code', rule: 'services.indicator_taken', params: { code } }]),
  indicatorMismatch: (code: string) => new AppError(409, 'services.indicator_mismatch', { code }, [{ field: 'code', rule: 'services.indicator_mismatch', params: { code } }]),
});
