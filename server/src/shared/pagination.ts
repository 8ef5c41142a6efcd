import { commonErrors } from './errors.ts';
import { isAcceptableText } from './text.ts';

/**
 * Opaque cursors: the sort key of the last row, base64url JSON. A cursor comes
 * back from the client, so it is checked part by part against the shape its
 * list declares before any of it reaches SQL: a forged one is a 400
 * `common.bad_cursor`, never a database error.
 */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * What one part of a sort key may be. `timestamp` is what Date#toISOString
 * writes, `date` is YYYY-MM-DD, `bigint` a decimal string (PostgreSQL int8),
 * `int` a 32-bit integer; `timestamp?` may also be null.
 */
export type CursorPart = 'text' | 'uuid' | 'timestamp' | 'timestamp?' | 'date' | 'int' | 'bigint';
type PartValue<P extends CursorPart> = P extends 'int' ? number : P extends 'timestamp?' ? string | null : string;
export type CursorOf<S extends readonly CursorPart[]> = { -readonly [K in keyof S]: PartValue<S[K]> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Years 0001–9999: PostgreSQL has no year 0, and toISOString writes larger years with a sign.
const ISO_INSTANT = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DATE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;
const INT8_MAX = 9223372036854775807n;
/** Longer than any code or name a list sorts by; the cursor itself is limited by each route's schema. */
const MAX_TEXT = 300;

function partIsValid(part: CursorPart, value: unknown): boolean {
  switch (part) {
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT && isAcceptableText(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'timestamp?':
      return value === null || partIsValid('timestamp', value);
    case 'timestamp':
      // The round trip refuses impossible instants (2026-02-31T…) that the pattern lets through.
      return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00.000Z`)) && new Date(`${value}T00:00:00.000Z`).toISOString().startsWith(value);
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647;
    case 'bigint':
      return typeof value === 'string' && /^(0|[1-9][0-9]{0,18})$/.test(value) && BigInt(value) <= INT8_MAX;
  }
}

/** The cursor's sort key, typed by `shape`; undefined for the first page. */
export function decodeCursor<const S extends readonly CursorPart[]>(cursor: string | undefined, shape: S): CursorOf<S> | undefined {
  if (!cursor) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw commonErrors.badCursor();
  }
  if (!Array.isArray(value) || value.length !== shape.length || !shape.every((part, i) => partIsValid(part, value[i]))) throw commonErrors.badCursor();
  return value as CursorOf<S>;
}

/** Fetch limit+1 rows; the extra one says whether there is a next page. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => unknown[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
