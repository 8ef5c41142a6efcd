import { AppError, defineErrors, type FieldError } from '../../shared/errors.ts';

const onFile = (status: number, code: string, params: Record<string, unknown> = {}) =>
  new AppError(status, code, params, [{ field: 'file', rule: code, params } satisfies FieldError]);

export const documentsErrors = defineErrors({
  notFound: () => new AppError(404, 'documents.not_found'),
  ownerNotFound: (kind: 'meeting' | 'agreement' | 'project') => new AppError(404, `documents.${kind}_not_found`),
  officeOnly: () => new AppError(403, 'documents.office_only'),
  notProjectLead: () => new AppError(403, 'documents.not_project_lead'),
  notMultipart: () => new AppError(415, 'documents.not_multipart'),
  fileMissing: () => new AppError(400, 'documents.file_missing', {}, [{ field: 'file', rule: 'required' }]),
  fileTooLarge: (maxMiB: number) => onFile(400, 'documents.file_too_large', { maxMiB }),
  oneFile: () => onFile(400, 'documents.one_file'),
  uploadMalformed: () => new AppError(400, 'documents.upload_malformed'),
  fileName: () => onFile(400, 'documents.file_name'),
  fileEmpty: () => onFile(400, 'documents.file_empty'),
  fileType: (allowed: string) => onFile(400, 'documents.file_type', { allowed }),
  fileContent: (extension: string) => onFile(400, 'documents.file_content_mismatch', { extension }),
  fileCount: (max: number) => onFile(409, 'documents.file_count', { max }),
  badTitle: (field: 'titleZh' | 'titleEn') => new AppError(400, 'documents.bad_title', { field }, [{ field, rule: 'documents.bad_title' }]),
});
