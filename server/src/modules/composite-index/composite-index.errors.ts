import { AppError, defineErrors, type FieldError } from '../../shared/errors.ts';

export const compositeIndexErrors = defineErrors({
  notFound: (code: string) => new AppError(404, 'composite_index.not_found', { code }),
  versionNotFound: (code: string, version: number) => new AppError(404, 'composite_index.version_not_found', { code, version }),
  noPublishedVersion: (code: string) => new AppError(409, 'composite_index.no_published_version', { code }),
  notPublished: (version: number) => new AppError(409, 'composite_index.not_published', { version }, [{ field: 'version', rule: 'composite_index.not_published', params: { version } }]),
  alreadyPublished: (version: number) => new AppError(409, 'composite_index.already_published', { version }),
  nameRequired: () => new AppError(400, 'composite_index.name_required', {}, [{ field: 'nameZh', rule: 'composite_index.name_required' }]),
  /** Every rule the spec breaks, each naming its field (spec.dimensions.0.weight …). */
  invalidSpec: (fields: FieldError[]) => new AppError(400, 'composite_index.invalid_spec', { count: fields.length }, fields),
});
