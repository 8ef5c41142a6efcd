import type { AppDeps } from '../../app-deps.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { printingErrors } from './printing.errors.ts';
import type { Lang } from './printing.html.ts';
import { findPrint, queuePrint } from './printing.jobs.ts';
import { printableOf, type Printable, type PrintFormat } from './printing.kinds.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

/** Every parameter the kind names, each matching its rule, and no other: field-named 400s. */
export function checkParams(printable: Printable, params: Record<string, string>): void {
  for (const name of Object.keys(params)) if (!Object.hasOwn(printable.params, name)) throw printingErrors.paramUnknown(name);
  for (const [name, rule] of Object.entries(printable.params)) {
    const value = params[name];
    if (value === undefined || value === '') throw printingErrors.paramMissing(name);
    if (!rule.pattern.test(value)) throw printingErrors.paramInvalid(name, rule.rule);
  }
}

/**
 * Checks the request and that the user may read the record (loading it now,
 * so a 403/404 comes back at once rather than from a failed job), then audits
 * the request and queues the job in one transaction.
 */
export async function requestPrint(
  deps: Deps & { actor: Actor; principal: Principal },
  input: { kind: string; params: Record<string, string>; lang: Lang; format: PrintFormat },
): Promise<string> {
  const printable = printableOf(input.kind);
  if (!printable) throw printingErrors.unknownKind(input.kind);
  if (!printable.formats.includes(input.format)) throw printingErrors.formatUnsupported(input.kind, input.format);
  checkParams(printable, input.params);
  const { title } = await printable.check(deps, deps.principal, input.params, input.lang);
  const roles = deps.principal.kind === 'user' ? deps.principal.roles : [];
  return auditedTransaction(deps, async (trx, audit) => {
    const printId = await queuePrint(trx, deps.clock.now(), { actor: deps.actor, roles, kind: input.kind, params: input.params, lang: input.lang, format: input.format });
    audit({ action: 'print.request', objectType: 'print_job', objectId: printId, summary: { kind: input.kind, params: input.params, lang: input.lang, format: input.format, title } });
    return printId;
  });
}

export async function printStatus(deps: Deps, printId: string, userId: string | null) {
  const { row, payload, state, error } = await findPrint(deps, printId, userId);
  return {
    id: printId, kind: payload.kind, params: payload.params, lang: payload.lang, format: payload.format ?? 'pdf', state,
    progress: state === 'done' ? 100 : payload.progress, title: payload.title, error,
    createdAt: row.created_at, finishedAt: row.finished_at,
  };
}

/** The finished file (PDF or Word), its format and the title it is downloaded under. */
export async function printedFile(deps: Deps, printId: string, userId: string | null): Promise<{ file: Buffer; format: PrintFormat; title: string }> {
  const { payload, state } = await findPrint(deps, printId, userId);
  const stored = payload.format === 'docx' ? payload.docx : payload.pdf;
  if (state !== 'done' || !stored) throw printingErrors.notReady(state);
  return { file: Buffer.from(stored, 'base64'), format: payload.format ?? 'pdf', title: payload.title ?? payload.kind };
}
