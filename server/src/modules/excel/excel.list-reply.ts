/**
 * The plumbing the list exports share beside writeListExport: walking a paged
 * list use case to its end (so an export holds exactly the rows the list
 * shows, in its order, through the same filters and scoping), naming the
 * caller for the About sheet, and sending the workbook.
 */
import type { FastifyReply } from 'fastify';
import type { Db } from '../../db/database.ts';
import type { Principal } from '../../shared/principal.ts';
import { placeNames } from '../region/region.repository.ts';
import { XLSX_CONTENT_TYPE } from './excel.models.ts';

/** Page size of the walk: large enough for few round trips, small enough to keep memory flat. */
export const EXPORT_WALK_BATCH = 500;

/** Every page of a cursor-paged list, in order. */
export async function* cursorBatches<T>(page: (cursor: string | undefined, limit: number) => Promise<{ items: T[]; nextCursor: string | null }>): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  do {
    const next = await page(cursor, EXPORT_WALK_BATCH);
    if (next.items.length > 0) yield next.items;
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * Runs the walk in one repeatable-read snapshot: rows changed while the pages
 * are read can neither appear twice nor go missing.
 */
export function inSnapshot<T>(db: Db, work: (snapshot: Db) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').execute((trx) => work(trx));
}

/** "江苏省 Jiangsu" for a member code (the code itself when unknown). */
export async function memberLabels(db: Db): Promise<(code: string | null | undefined) => string> {
  const { members } = await placeNames(db);
  const names = new Map(members.map((m) => [m.code, `${m.name_zh} ${m.short_en ?? m.name_en}`]));
  return (code) => (code ? (names.get(code) ?? code) : '');
}

/** "张三 (zhang.san)" for the About sheet. */
export function exportedByOf(principal: Principal): string {
  return principal.kind === 'user' ? `${principal.displayName} (${principal.username})` : 'anonymous';
}

/** The query as the list applies it: paging and empty values left out. */
export function filtersOf(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).filter(([key, value]) => key !== 'cursor' && key !== 'limit' && value !== undefined && value !== ''));
}

/** RFC 6266 / 5987: an ASCII fallback and the real (Chinese) name. */
function attachment(asciiName: string, utf8Name: string): string {
  const encoded = encodeURIComponent(utf8Name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiName.replace(/[^A-Za-z0-9._-]/g, '_')}"; filename*=UTF-8''${encoded}`;
}

export function sendListExport(
  reply: FastifyReply,
  names: { ascii: string; zh: string; date: string },
  result: { buffer: Buffer; count: number; truncated: boolean },
) {
  return reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header('content-disposition', attachment(`${names.ascii}-${names.date}.xlsx`, `${names.zh}-${names.date}.xlsx`))
    .header('cache-control', 'no-store')
    .header('x-export-rows', String(result.count))
    .header('x-export-truncated', String(result.truncated))
    .send(result.buffer);
}
