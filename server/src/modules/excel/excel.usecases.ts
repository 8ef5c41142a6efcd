import { createHash, randomUUID } from 'node:crypto';
import type { AppDeps } from '../../app-deps.ts';
import type { ExcelImportState } from '../../db/schema.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { formatWithOffset } from '../../shared/time.ts';
import { auditedTransaction, recordAuditEvent } from '../audit/audit.usecases.ts';
import { tasksErrors } from '../tasks/tasks.errors.ts';
import { createImportedTasksIn, IMPORT_BATCH, listTasks, type CreateTaskInput, type ImportedTask, type TaskListQuery } from '../tasks/tasks.usecases.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { writeTaskExport, type ExportRow } from './excel.export.ts';
import { exportedByOf, filtersOf } from './excel.list-reply.ts';
import { PRIORITIES, type ImportMode, type ImportReport } from './excel.models.ts';
import { estimateDataRows, MAX_IMPORT_ROWS, type ParsedSheet } from './excel.parser.ts';
import * as repo from './excel.repository.ts';
import { createResolver, type Resolver } from './excel.resolve.ts';
import { buildTemplate } from './excel.template.ts';
import { validateRows } from './excel.validate.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor };

/** An export walks the list in batches of this many rows and stops at the cap. */
export const EXPORT_BATCH = 1000;
export const EXPORT_CAP = 100_000;

export async function taskTemplate(deps: Deps, planId: string, asyncRows: number) {
  const plan = await repo.findPlan(deps.db, planId);
  if (!plan) throw tasksErrors.planNotFound();
  const [ref, timeZone] = [await repo.loadReference(deps.db), await regionTimeZone(deps.db)];
  const buffer = await buildTemplate({ plan, ref, generatedAt: formatWithOffset(deps.clock.now(), timeZone), asyncRows, maxRows: MAX_IMPORT_ROWS });
  return { buffer, plan, date: calendarDateIn(deps.clock.now(), timeZone) };
}

export interface ImportOptions {
  planId: string;
  mode: ImportMode;
  dryRun: boolean;
  fileName: string | null;
  sha256: string;
  sizeBytes: number;
  /** A background import: its row is checked and finished inside the import's transaction. */
  importId?: string;
}

export type ProgressReporter = (state: Extract<ExcelImportState, 'validating' | 'importing'>, processedRows: number) => Promise<void>;

/**
 * Checks the plan and the file's format and counts its rows roughly, before
 * anything is queued or written; the file itself is parsed later: by the
 * request for a small file, by the worker for a large one.
 */
export async function inspectImportFile(deps: Deps, planId: string, file: Buffer) {
  const plan = await repo.findPlan(deps.db, planId);
  if (!plan) throw tasksErrors.planNotFound();
  if (plan.status === 'closed') throw tasksErrors.planClosed();
  return { estimatedRows: estimateDataRows(file), sha256: createHash('sha256').update(file).digest('hex') };
}

/**
 * Validates every row, then (unless a dry run, or an all-or-nothing import with
 * errors) writes the valid tasks in ONE transaction with multi-row INSERTs of a
 * thousand tasks each (set-based: 100,000 rows in seconds, not minutes); each
 * task still gets its own task.create event, and one 'excel.import' event sums up.
 * Imports into the same plan queue on the plan's row lock. A background
 * import's outcome is stored in the same transaction as its tasks, so a rerun
 * of its job (after a crash) finds it finished and does nothing twice.
 */
export async function importTasks(deps: WriteDeps, sheet: ParsedSheet, options: ImportOptions, onProgress: ProgressReporter = async () => {}): Promise<ImportReport> {
  return auditedTransaction(deps, async (trx, audit) => {
    const plan = await repo.lockPlan(trx, options.planId);
    if (!plan) throw tasksErrors.planNotFound();
    if (plan.status === 'closed') throw tasksErrors.planClosed();
    if (options.importId) {
      const current = await repo.findImport(trx, options.importId);
      if (current?.state === 'done' || (current?.state === 'failed' && current.error_code !== 'excel.import_failed')) return current.result as unknown as ImportReport;
    }
    await onProgress('validating', 0);
    const ref = await repo.loadReference(trx);
    const existing = await repo.codesOfPlan(trx, plan.id);
    const validation = validateRows(sheet, createResolver(ref), plan.id, existing);
    const report: ImportReport = {
      mode: options.mode,
      dryRun: options.dryRun,
      totalRows: sheet.rows.length,
      validRows: validation.validRows,
      imported: 0,
      errors: validation.errors,
      warnings: sheet.notes,
    };
    await onProgress('validating', sheet.rows.length);
    const finish = async (rejected: boolean) => {
      if (!options.importId) return;
      const outcome = { state: rejected ? ('failed' as const) : ('done' as const), processedRows: report.totalRows, result: { ...report }, errorCode: rejected ? 'excel.invalid_rows' : null };
      await repo.finishImport(trx, options.importId, outcome, deps.clock.now());
    };
    if (options.dryRun) {
      await finish(false);
      return report;
    }

    const summary = {
      planId: plan.id,
      planCode: plan.code,
      mode: options.mode,
      fileName: options.fileName,
      sha256: options.sha256,
      sizeBytes: options.sizeBytes,
      sheet: sheet.sheetName,
      totalRows: report.totalRows,
      validRows: report.validRows,
      errorCount: report.errors.length,
      ...(options.importId ? { importId: options.importId } : {}),
    };
    if (report.errors.length > 0 && options.mode === 'all_or_nothing') {
      audit({ action: 'excel.import', outcome: 'failure', objectType: 'plan', objectId: plan.id, summary: { ...summary, imported: 0 } });
      await finish(true);
      return report;
    }

    await onProgress('importing', 0);
    const now = deps.clock.now();
    const source = `excel:${options.sha256.slice(0, 12)}:${sheet.sheetName}`;
    const valid = validation.rows.filter((row) => row.input);
    for (let start = 0; start < valid.length; start += IMPORT_BATCH) {
      const batch = valid.slice(start, start + IMPORT_BATCH).map((row) => importedTask(row.input!, `${source}!${row.row}`, plan.is_demo));
      // The tasks module writes its tables (and each task's creation event).
      await createImportedTasksIn(trx, audit, now, plan.id, batch);
      report.imported += batch.length;
      await onProgress('importing', start + batch.length === valid.length ? report.totalRows : start + batch.length);
    }
    audit({ action: 'excel.import', objectType: 'plan', objectId: plan.id, summary: { ...summary, imported: report.imported } });
    await finish(false);
    return report;
  });
}

/** A validated row (validateRows checked members, bodies, areas, dates and codes against the plan) as the rows to write. */
function importedTask(input: CreateTaskInput, sourceRef: string, planIsDemo: boolean): ImportedTask {
  return {
    id: randomUUID(),
    code: input.code,
    titleZh: input.titleZh,
    titleEn: input.titleEn ?? '',
    descriptionZh: input.descriptionZh ?? '',
    focusAreaId: input.focusAreaId ?? null,
    leadMemberCode: input.leadMemberCode,
    participantMemberCodes: [...new Set(input.participantMemberCodes ?? [])],
    bodyCodes: [...new Set(input.bodyCodes ?? [])],
    startDate: input.startDate ?? null,
    dueDate: input.dueDate ?? null,
    priority: input.priority ?? 'normal',
    tags: [...new Set(input.tags ?? [])],
    sourceRef,
    isDemo: input.isDemo ?? planIsDemo,
  };
}

// --- export ------------------------------------------------------------------

export type ExportQuery = Omit<TaskListQuery, 'cursor' | 'limit'>;

function exportRowOf(row: Awaited<ReturnType<typeof listTasks>>['items'][number], bodies: string[], resolve: Resolver, timeZone: string): ExportRow {
  const priority = PRIORITIES.find((p) => p.value === row.priority);
  return {
    planCode: row.plan_code,
    code: row.code,
    titleZh: row.title_zh,
    titleEn: row.title_en,
    area: row.focus_area_id ? resolve.areaLabel(row.focus_area_id) : '',
    lead: resolve.memberLabel(row.lead_member_code),
    participants: (row.participant_codes ?? []).map((c) => resolve.memberLabel(c)).join('、'),
    bodies: bodies.join('、'),
    startDate: row.start_date,
    dueDate: row.due_date,
    priority: priority ? `${priority.value} ${priority.zh}` : row.priority,
    tags: row.tags.join('、'),
    status: row.status,
    progress: Number(row.progress),
    redFlags: Number(row.red_flags ?? 0),
    yellowFlags: Number(row.yellow_flags ?? 0),
    updatedAt: formatWithOffset(row.updated_at, timeZone),
  };
}

/** The API query that lists the same tasks: the export's "source". */
export function sourceQuery(query: ExportQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const v of [value].flat()) params.append(key, String(v));
  }
  const text = params.toString();
  return `GET /api/v1/tasks${text ? `?${text}` : ''}`;
}

async function describeFilters(deps: Deps, query: ExportQuery, resolve: Resolver): Promise<string> {
  const parts: string[] = [];
  if (query.planId) {
    const plan = await repo.findPlan(deps.db, query.planId);
    parts.push(`规划 plan = ${plan ? `${plan.code} ${plan.title_zh}` : query.planId}`);
  }
  if (query.areaId === 'none') parts.push('重点领域 area = 无 none');
  else if (query.areaId) {
    const area = await repo.findArea(deps.db, query.areaId);
    parts.push(`重点领域（含下级） area incl. sub-areas = ${area ? `${area.code} ${area.name_zh}` : query.areaId}`);
  }
  if (query.memberCode) parts.push(`成员方 member = ${resolve.memberLabel(query.memberCode)} (${query.memberRole ?? 'any'})`);
  if (query.status?.length) parts.push(`状态 status = ${query.status.join(', ')}`);
  if (query.flag) parts.push(`预警 flag = ${query.flag}`);
  if (query.overdue) parts.push('逾期 overdue = true');
  if (query.q) parts.push(`关键词 text = "${query.q}"`);
  parts.push(`排序 sort = ${query.sort ?? 'code'}`);
  return parts.join('；');
}

/**
 * Every page of the filtered task list, read in one REPEATABLE READ snapshot
 * (so the file is one consistent picture), written as it is read.
 */
export async function exportTasks(deps: WriteDeps & { principal?: Principal }, query: ExportQuery, cap = EXPORT_CAP) {
  const timeZone = await regionTimeZone(deps.db);
  const now = deps.clock.now();
  const result = await deps.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const snapshot = { db: trx, clock: deps.clock };
      const resolve = createResolver(await repo.loadReference(trx));
      const notes = [
        '长三角区域合作平台 · 任务清单导出  YRD Cooperation Platform · task list export',
        `生成时间 Generated at：${formatWithOffset(now, timeZone)}；导出人 By：${deps.actor.username}`,
        `筛选条件 Filters：${await describeFilters(snapshot, query, resolve)}`,
        `来源 Source：${sourceQuery(query)}（同一筛选条件的任务列表，导出时的数据库快照 the task list with the same filters, as of generation time）`,
      ];
      async function* batches() {
        let cursor: string | undefined;
        do {
          const page = await listTasks(snapshot, { ...query, cursor, limit: EXPORT_BATCH }, timeZone);
          const bodies = await repo.bodiesOfTasks(trx, page.items.map((r) => r.id));
          yield page.items.map((row) => exportRowOf(row, bodies.get(row.id) ?? [], resolve, timeZone));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
      }
      const about = {
        sheetZh: '任务清单', sheetEn: 'Tasks', exportedAt: now, filters: filtersOf({ ...query }), source: '/api/v1/excel/tasks-export',
        exportedBy: deps.principal ? exportedByOf(deps.principal) : deps.actor.username,
      };
      return writeTaskExport(notes, batches(), cap, about);
    });
  await recordAuditEvent(deps, {
    action: 'excel.export',
    objectType: 'task',
    summary: { filters: { ...query }, rows: result.count, truncated: result.truncated },
  });
  return { ...result, date: calendarDateIn(now, timeZone) };
}
