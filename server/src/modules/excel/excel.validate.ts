/**
 * Row-level validation of an import: every rule broken in every cell, not just
 * the first, each naming row, column and rule. Valid rows become the input of
 * createTaskIn, which would refuse anything this lets through.
 */
import type { CreateTaskInput } from '../tasks/tasks.usecases.ts';
import type { ColumnKey, RowError } from './excel.models.ts';
import { columnNumber, splitList } from './excel.models.ts';
import { parseDateCell, type Cell, type ParsedRow, type ParsedSheet } from './excel.parser.ts';
import type { Resolution, Resolver } from './excel.resolve.ts';

const TASK_CODE = /^[0-9A-Za-z]+([.-][0-9A-Za-z]+)*$/;
const LIMITS = { code: 30, title: 300, description: 20_000, tag: 40, tags: 20, members: 50, bodies: 50 };

export interface ValidatedRow {
  row: number;
  /** Undefined when the row breaks a rule. */
  input?: CreateTaskInput;
}

export interface Validation {
  rows: ValidatedRow[];
  errors: RowError[];
  validRows: number;
}

export function validateRows(sheet: ParsedSheet, resolve: Resolver, planId: string, existingCodes: Set<string>): Validation {
  const errors: RowError[] = [];
  const firstRowOfCode = new Map<string, number>();
  const rows: ValidatedRow[] = [];

  for (const parsed of sheet.rows) {
    const before = errors.length;
    const fail = (column: ColumnKey, rule: string, value: string, params?: Record<string, string | number>) =>
      errors.push({ row: parsed.row, column, letter: sheet.letters[column] ?? '?', rule, value, ...(params ? { params } : {}) });
    const text = (column: ColumnKey) => parsed.cells[column]?.text ?? '';
    const required = (column: ColumnKey) => {
      const value = text(column);
      if (!value) fail(column, 'excel.required', '');
      return value;
    };
    const maxLength = (column: ColumnKey, value: string, max: number) => {
      if (value.length > max) fail(column, 'excel.too_long', `${value.slice(0, 40)}…`, { max });
    };
    const resolved = <T>(column: ColumnKey, value: string, result: Resolution<T>): T | undefined => {
      if (result.ok) return result.value;
      fail(column, result.rule, value, result.params);
      return undefined;
    };

    // Code: typed as text (a number cell may have lost digits), pattern, unique in the file, not yet in the plan.
    const code = normaliseCode(required('code'));
    const codeCell = parsed.cells.code;
    if (codeCell?.number !== undefined && !Number.isInteger(codeCell.number)) fail('code', 'excel.code_is_number', codeCell.text);
    else if (code) {
      if (code.length > LIMITS.code) maxLength('code', code, LIMITS.code);
      else if (!TASK_CODE.test(code)) fail('code', 'excel.bad_code', code);
      else if (firstRowOfCode.has(code)) fail('code', 'excel.duplicate_code', code, { firstRow: firstRowOfCode.get(code)! });
      else if (existingCodes.has(code)) fail('code', 'excel.code_exists', code);
      if (!firstRowOfCode.has(code)) firstRowOfCode.set(code, parsed.row);
    }

    const titleZh = required('titleZh');
    maxLength('titleZh', titleZh, LIMITS.title);
    const titleEn = text('titleEn');
    maxLength('titleEn', titleEn, LIMITS.title);
    const description = text('description');
    maxLength('description', description, LIMITS.description);

    const leadText = required('lead');
    const lead = leadText ? resolved('lead', leadText, resolve.member(leadText)) : undefined;
    const participants = listOf(parsed, 'participants', LIMITS.members, fail, (t) => resolved('participants', t, resolve.member(t)));
    if (lead && participants.includes(lead)) fail('participants', 'excel.lead_as_participant', text('participants'));
    const bodies = listOf(parsed, 'bodies', LIMITS.bodies, fail, (t) => resolved('bodies', t, resolve.body(t)));
    const areaText = text('focusArea');
    const focusAreaId = areaText ? resolved('focusArea', areaText, resolve.area(areaText)) : null;
    const priorityText = text('priority');
    const priority = priorityText ? resolved('priority', priorityText, resolve.priority(priorityText)) : 'normal';

    const tags = splitList(text('tags'));
    if (tags.length > LIMITS.tags) fail('tags', 'excel.too_many', text('tags'), { max: LIMITS.tags });
    for (const tag of tags) maxLength('tags', tag, LIMITS.tag);

    const startDate = dateOf(parsed.cells.startDate, (value) => fail('startDate', 'excel.bad_date', value));
    const dueDate = dateOf(parsed.cells.dueDate, (value) => fail('dueDate', 'excel.bad_date', value));
    if (startDate && dueDate && dueDate < startDate) fail('dueDate', 'excel.due_before_start', dueDate, { start: startDate });

    sortByColumn(errors, before, sheet);
    if (errors.length > before || !lead || priority === undefined || focusAreaId === undefined) {
      rows.push({ row: parsed.row });
      continue;
    }
    rows.push({
      row: parsed.row,
      input: {
        planId,
        code,
        titleZh,
        titleEn,
        descriptionZh: description,
        focusAreaId,
        leadMemberCode: lead,
        participantMemberCodes: [...new Set(participants)],
        bodyCodes: [...new Set(bodies)],
        startDate,
        dueDate,
        priority,
        tags: [...new Set(tags)],
        sourceRef: `excel:${sheet.sheetName}!${parsed.row}`,
      },
    });
  }
  return { rows, errors, validRows: rows.filter((r) => r.input).length };
}

/** Full-width letters, digits and dashes (ＥＲＲ－１) folded like names are; case is kept. */
export function normaliseCode(text: string): string {
  return text.normalize('NFKC').replace(/[\u2010-\u2015\u2212]/g, '-').trim();
}

/** A row's errors in the order of its columns in the uploaded sheet (rules within a cell keep their order). */
function sortByColumn(errors: RowError[], from: number, sheet: ParsedSheet): void {
  const position = (e: RowError) => columnNumber(sheet.letters[e.column] ?? 'ZZZ');
  const row = errors.splice(from).map((e, i) => ({ e, i }));
  row.sort((a, b) => position(a.e) - position(b.e) || a.i - b.i);
  errors.push(...row.map((x) => x.e));
}

function listOf<T>(
  parsed: ParsedRow,
  column: ColumnKey,
  max: number,
  fail: (column: ColumnKey, rule: string, value: string, params?: Record<string, string | number>) => void,
  resolveOne: (text: string) => T | undefined,
): T[] {
  const raw = parsed.cells[column]?.text ?? '';
  const items = splitList(raw);
  if (items.length > max) {
    fail(column, 'excel.too_many', raw, { max });
    return [];
  }
  return items.map(resolveOne).filter((v): v is T => v !== undefined);
}

function dateOf(cell: Cell | undefined, fail: (value: string) => void): string | null {
  if (!cell || cell.text === '') return null;
  const value = parseDateCell(cell);
  if (value === undefined) fail(cell.text);
  return value ?? null;
}
