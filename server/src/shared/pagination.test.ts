import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { decodeCursor, encodeCursor, type CursorPart } from './pagination.ts';

const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'accepted';
  } catch (error) {
    return error instanceof AppError ? `${error.statusCode} ${error.code}` : String(error);
  }
};

describe('cursors', () => {
  it('round-trip the keys the lists hand out', () => {
    const key = ['2026-03-02T01:00:00.000Z', '7d2c6a3e-4f1b-4c8e-9a0d-2b5e6f7a8b9c'];
    expect(decodeCursor(encodeCursor(key), ['timestamp', 'uuid'])).toEqual(key);
    expect(decodeCursor(encodeCursor([3, '320000']), ['int', 'text'])).toEqual([3, '320000']);
    expect(decodeCursor(encodeCursor(['9999-12-31', '1.2.3', '7d2c6a3e-4f1b-4c8e-9a0d-2b5e6f7a8b9c']), ['date', 'text', 'uuid'])).toHaveLength(3);
    expect(decodeCursor(encodeCursor(['123456789012']), ['bigint'])).toEqual(['123456789012']);
    expect(decodeCursor(encodeCursor([null, '7d2c6a3e-4f1b-4c8e-9a0d-2b5e6f7a8b9c']), ['timestamp?', 'uuid'])).toEqual([null, '7d2c6a3e-4f1b-4c8e-9a0d-2b5e6f7a8b9c']);
    expect(decodeCursor(undefined, ['uuid'])).toBeUndefined();
  });

  it('refuse forged ones part by part with 400 common.bad_cursor (issue 14, item 6)', () => {
    const uuid = '7d2c6a3e-4f1b-4c8e-9a0d-2b5e6f7a8b9c';
    const cases: [string, readonly CursorPart[]][] = [
      [forged([true, false]), ['timestamp', 'uuid']],
      [forged(['not a time', uuid]), ['timestamp', 'uuid']],
      [forged(['2026-02-31T00:00:00.000Z', uuid]), ['timestamp', 'uuid']],
      [forged(['0000-01-01T00:00:00.000Z', uuid]), ['timestamp', 'uuid']],
      [forged(['2026-03-02T01:00:00.000Z', 'not-a-uuid']), ['timestamp', 'uuid']],
      [forged([null, uuid]), ['timestamp', 'uuid']],
      [forged(['2026-13-01', uuid]), ['date', 'uuid']],
      [forged([1.5, 'x']), ['int', 'text']],
      [forged([2 ** 40, 'x']), ['int', 'text']],
      [forged(['3', 'x']), ['int', 'text']],
      [forged(['a\u0000b', 'x', uuid]), ['text', 'text', 'uuid']],
      [forged([{}, []]), ['text', 'text']],
      [forged(['99999999999999999999']), ['bigint']],
      [forged(['-1']), ['bigint']],
      [forged([1]), ['bigint']],
      [forged(['a', 'b', 'c']), ['text', 'text']],
      [forged({ 0: 'a', 1: 'b' }), ['text', 'text']],
      [forged('x'), ['text']],
      ['%%%not-base64%%%', ['text']],
    ];
    for (const [cursor, shape] of cases) expect(codeOf(() => decodeCursor(cursor, shape)), `${Buffer.from(cursor, 'base64url').toString()} as ${shape}`).toBe('400 common.bad_cursor');
  });
});
