import { AppError, defineErrors, type FieldError } from '../../shared/errors.ts';
import type { ColumnDef } from './excel.models.ts';

/** A column of the uploaded sheet that would not be read: header as written, and the field it repeats, if any. */
interface UnreadColumn {
  letter: string;
  header: string;
  def?: ColumnDef;
}

function describeColumns(columns: UnreadColumn[]) {
  const zh = columns.map((u) => (u.header ? `${u.letter} 列“${u.header}”${u.def ? `（与已读取的“${u.def.zh}”列重复）` : '（无法识别的表头）'}` : `${u.letter} 列（没有表头）`));
  const en = columns.map((u) => (u.header ? `column ${u.letter} "${u.header}"${u.def ? ` (repeats the "${u.def.en}" column already read)` : ' (header not recognised)'}` : `column ${u.letter} (no header)`));
  const fields: FieldError[] = columns.map((u) => ({
    field: u.letter,
    rule: u.def ? 'excel.duplicate_column' : u.header ? 'excel.unknown_column' : 'excel.unnamed_column',
    params: { letter: u.letter, header: u.header, columnZh: u.def?.zh ?? '', columnEn: u.def?.en ?? '' },
  }));
  return { columnsZh: zh.join('；'), columnsEn: en.join('; '), fields };
}

export const excelErrors = defineErrors({
  unsupportedMediaType: (contentType: string) => new AppError(415, 'excel.unsupported_media_type', { contentType }),
  unreadable: () => new AppError(400, 'excel.unreadable'),
  /** An .ods or .xls renamed .xlsx: said as such, not as a missing header. */
  unreadableFormat: (format: 'ods' | 'xls') => new AppError(400, `excel.unreadable_${format}`, {}, [{ field: 'file', rule: `excel.unreadable_${format}` }], { format }),
  noHeader: () => new AppError(400, 'excel.no_header'),
  missingColumns: (columns: ColumnDef[], unread: UnreadColumn[] = []) =>
    new AppError(
      400,
      'excel.missing_columns',
      { columnsZh: columns.map((c) => c.zh).join('、'), columnsEn: columns.map((c) => c.en).join(', ') },
      [
        ...columns.map((c) => ({ field: c.key, rule: 'excel.missing_column', params: { headerZh: c.zh, headerEn: c.en } })),
        // The missing column may be one of these under another name.
        ...describeColumns(unread).fields,
      ],
    ),
  /** Columns holding data that would not be imported: nothing is, until each is renamed or removed. */
  unreadColumns: (columns: UnreadColumn[]) => {
    const { columnsZh, columnsEn, fields } = describeColumns(columns);
    return new AppError(400, 'excel.unread_columns', { count: columns.length, columnsZh, columnsEn }, fields);
  },
  noRows: () => new AppError(400, 'excel.no_rows'),
  tooManyRows: (max: number) => new AppError(400, 'excel.too_many_rows', { max }),
  /** All or nothing: some rows break a rule, so nothing was written. `details.report` lists every error. */
  invalidRows: (total: number, fields: FieldError[], report: Record<string, unknown>) =>
    new AppError(400, 'excel.invalid_rows', { count: fields.length, total }, fields, { report }),
  importNotFound: () => new AppError(404, 'excel.import_not_found'),
});
