/** Excel import and export (server module excel). */

export type ImportMode = 'all_or_nothing' | 'valid_rows_only';

export interface ImportRowError {
  /** Row number as Excel shows it. */
  row: number;
  column: { letter: string; header: string };
  field: string;
  rule: string;
  message: string;
  value: string;
}

export interface ImportReport {
  mode: ImportMode;
  dryRun: boolean;
  totalRows: number;
  validRows: number;
  imported: number;
  errors: ImportRowError[];
}

export interface ImportAccepted {
  importId: string;
  state: string;
  totalRows: number;
  statusUrl: string;
}

export interface ImportStatus {
  id: string;
  planId: string;
  mode: ImportMode;
  dryRun: boolean;
  state: 'queued' | 'validating' | 'importing' | 'done' | 'failed';
  processedRows: number;
  totalRows: number;
  fileName: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  result: ImportReport | null;
  error: { code: string; message: string } | null;
}
