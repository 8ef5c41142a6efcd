import { AppError, defineErrors, type FieldError } from '../../shared/errors.ts';
import type { ColumnDef } from './excel.models.ts';

export const excelErrors = defineErrors({
  unsupportedMediaType: (contentType: string) => new AppError(415, 'excel.unsupported_media_type', { contentType }),
  unreadable: () => new AppError(400, 'excel.unreadable'),
  noHeader: () => new AppError(400, 'excel.no_header'),
  missingColumns: (columns: ColumnDef[]) =>
    new AppError(
      400,
      'excel.missing_columns',
      { columnsZh: columns.map((c) => c.zh).join('、'), columnsEn: columns.map((c) => c.en).join(', ') },
      columns.map((c) => ({ field: c.key, rule: 'excel.missing_column', params: { headerZh: c.zh, headerEn: c.en } })),
    ),
  noRows: () => new AppError(400, 'excel.no_rows'),
  tooManyRows: (max: number) => new AppError(400, 'excel.too_many_rows', { max }),
  /** All or nothing: some rows break a rule, so nothing was written. `details.report` lists every error. */
  invalidRows: (total: number, fields: FieldError[], report: Record<string, unknown>) =>
    new AppError(400, 'excel.invalid_rows', { count: fields.length, total }, fields, { report }),
  importNotFound: () => new AppError(404, 'excel.import_not_found'),
});
