import { AppError, defineErrors } from '../../shared/errors.ts';

export const publicationsErrors = defineErrors({
  notFound: () => new AppError(404, 'publications.not_found'),
  unknownKind: (kind: string) => new AppError(400, 'publications.unknown_kind', { kind }, [{ field: 'kind', rule: 'publications.unknown_kind', params: { kind } }]),
  recordNotFound: (kind: string) => new AppError(400, 'publications.record_not_found', { kind }, [{ field: 'recordId', rule: 'publications.record_not_found', params: { kind } }]),
  alreadyProposed: (id: string) => new AppError(409, 'publications.already_proposed', { id }, [{ field: 'recordId', rule: 'publications.already_proposed' }], { publicationId: id }),
  notDraft: (state: string) => new AppError(409, 'publications.not_draft', { state }, [{ field: 'disclosure', rule: 'publications.not_draft', params: { state } }]),
  internalNotPublishable: () => new AppError(409, 'publications.internal', {}, [{ field: 'disclosure', rule: 'publications.internal' }]),
  illegalTransition: (from: string, to: string, allowed: string[]) =>
    new AppError(409, 'publications.illegal_transition', { from, to, allowed: allowed.join(', ') || '—' }, undefined, { allowed }),
});
