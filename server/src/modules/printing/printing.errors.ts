import { AppError, defineErrors } from '../../shared/errors.ts';

export const printingErrors = defineErrors({
  /** The other user's job, or none: the same answer, so job ids reveal nothing. */
  jobNotFound: () => new AppError(404, 'printing.job_not_found'),
  notReady: (state: string) => new AppError(409, 'printing.not_ready', { state }, undefined, { state }),
  unknownKind: (kind: string) => new AppError(400, 'printing.unknown_kind', { kind }, [{ field: 'kind', rule: 'printing.unknown_kind', params: { kind } }]),
  paramMissing: (name: string) => new AppError(400, 'printing.param_missing', { name }, [{ field: `params.${name}`, rule: 'printing.param_missing', params: { name } }]),
  paramInvalid: (name: string, rule: string) => new AppError(400, 'printing.param_invalid', { name, rule }, [{ field: `params.${name}`, rule: 'printing.param_invalid', params: { name, rule } }]),
  paramUnknown: (name: string) => new AppError(400, 'printing.param_unknown', { name }, [{ field: `params.${name}`, rule: 'printing.param_unknown', params: { name } }]),
  formatUnsupported: (kind: string, format: string) => new AppError(400, 'printing.format_unsupported', { kind, format }, [{ field: 'format', rule: 'printing.format_unsupported', params: { kind, format } }]),
  /** Stable code for a machine without the browser: the job fails with this, never a 500 with a stack. */
  chromiumMissing: (path: string, _cause?: unknown) => new AppError(503, 'printing.chromium_missing', { path }),
  failed: () => new AppError(500, 'printing.failed'),
});
