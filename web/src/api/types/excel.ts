/** Excel import and export (server module excel): generated from the OpenAPI document (api/openapi.ts). */
import type { ApiResult } from '../openapi.ts';

export type ImportReport = ApiResult<'excel.importTasks', 200>;
export type ImportMode = ImportReport['mode'];
export type ImportRowError = ImportReport['errors'][number];
/** About a whole column: a synonym read as a field, a row-number or empty column left out. */
export type ImportWarning = ImportReport['warnings'][number];
export type ImportAccepted = ApiResult<'excel.importTasks', 202>;
export type ImportStatus = ApiResult<'excel.importStatus'>;
