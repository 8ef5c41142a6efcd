import { api } from '../../api/client.ts';
import type { ImportAccepted, ImportMode, ImportReport, ImportStatus } from '../../api/types.ts';
import { downloadFile, uploadWithProgress } from './transfer.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ImportAnswer = { kind: 'report'; report: ImportReport } | { kind: 'accepted'; accepted: ImportAccepted };

export const excelApi = {
  downloadTemplate: (planId: string) =>
    downloadFile(`/api/v1/excel/tasks-template?${new URLSearchParams({ planId })}`, 'task-import-template.xlsx'),
  /** The .xlsx goes up as the raw body; large files answer 202 with an import to poll. */
  importTasks: async (
    file: File,
    options: { planId: string; mode: ImportMode; dryRun: boolean },
    onProgress: (percent: number) => void,
  ): Promise<ImportAnswer> => {
    const query = new URLSearchParams({ planId: options.planId, mode: options.mode, dryRun: String(options.dryRun), fileName: file.name });
    const { status, data } = await uploadWithProgress<ImportReport | ImportAccepted>({
      url: `/api/v1/excel/tasks-import?${query}`,
      body: file,
      contentType: XLSX,
      onProgress,
    });
    return status === 202 ? { kind: 'accepted', accepted: data as ImportAccepted } : { kind: 'report', report: data as ImportReport };
  },
  importStatus: (importId: string, signal?: AbortSignal) =>
    api.get<ImportStatus>(`/api/v1/excel/imports/${encodeURIComponent(importId)}`, undefined, signal),
};
