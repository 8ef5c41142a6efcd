import { Type } from 'typebox';
import { DateTime, Nullable, StringEnum, Uuid } from '../../shared/schemas.ts';
import { TaskListQuery } from '../tasks/tasks.schemas.ts';

const ImportMode = StringEnum(['all_or_nothing', 'valid_rows_only'] as const, { default: 'all_or_nothing' });

export const TemplateQuery = Type.Object({ planId: Uuid }, { additionalProperties: false });

export const ImportQuery = Type.Object(
  {
    planId: Uuid,
    mode: Type.Optional(ImportMode),
    dryRun: Type.Optional(Type.Boolean({ default: false, description: 'Validate only; nothing is written' })),
    fileName: Type.Optional(Type.String({ maxLength: 255, description: 'The name of the uploaded file, kept with the import' })),
  },
  { additionalProperties: false },
);

export const RowErrorSchema = Type.Object({
  row: Type.Integer({ description: 'Row number in the sheet, as Excel shows it' }),
  column: Type.Object({ letter: Type.String(), header: Type.String({ description: "Column header in the user's language" }) }),
  field: Type.String(),
  rule: Type.String({ description: 'Stable rule code, e.g. excel.ambiguous_place' }),
  message: Type.String({ description: "In the user's language, naming row, column and rule" }),
  value: Type.String(),
});

/** About a whole column of the uploaded sheet: a synonym read as a field, a row-number or empty column left out. */
export const SheetWarningSchema = Type.Object({
  column: Type.Object({ letter: Type.String(), header: Type.String({ description: 'The header as written in the sheet' }) }),
  rule: Type.String({ description: 'Stable rule code, e.g. excel.header_synonym' }),
  message: Type.String({ description: "In the user's language, naming the column" }),
});

export const ImportReportSchema = Type.Object({
  mode: ImportMode,
  dryRun: Type.Boolean(),
  totalRows: Type.Integer(),
  validRows: Type.Integer(),
  imported: Type.Integer(),
  errors: Type.Array(RowErrorSchema, { description: 'Each broken rule; within a row in the order of the sheet\'s columns' }),
  warnings: Type.Array(SheetWarningSchema),
});

export const ImportAccepted = Type.Object({
  importId: Uuid,
  state: Type.String(),
  totalRows: Type.Integer(),
  statusUrl: Type.String(),
});

export const ImportIdParams = Type.Object({ id: Uuid });

export const ImportStatusSchema = Type.Object({
  id: Uuid,
  planId: Uuid,
  mode: ImportMode,
  dryRun: Type.Boolean(),
  state: StringEnum(['queued', 'validating', 'importing', 'done', 'failed'] as const),
  processedRows: Type.Integer({ description: 'Rows handled in the current state' }),
  totalRows: Type.Integer(),
  fileName: Nullable(Type.String()),
  createdBy: Type.String(),
  createdAt: DateTime,
  updatedAt: DateTime,
  finishedAt: Nullable(DateTime),
  result: Nullable(ImportReportSchema),
  error: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
});

/** The task list's filters, without paging: an export holds every page. */
const { cursor: _cursor, limit: _limit, ...exportFilters } = TaskListQuery.properties;
export const ExportQuery = Type.Object(exportFilters, { additionalProperties: false });
