import { describe, expect, it } from 'vitest';
import { timeQueriesInTurn } from './sql-timing.ts';

describe('queries timed in turn', () => {
  it('alternates which one goes first and times each on its own', async () => {
    const calls: string[] = [];
    const query = (name: string, ms: number) => async () => {
      calls.push(name);
      await new Promise((resolve) => setTimeout(resolve, ms));
    };
    const [fast, slow] = await timeQueriesInTurn('pair', [query('fast', 0), query('slow', 15)], 4);
    // 20 warm-up rounds in order, then a b, b a, a b, b a.
    expect(calls.slice(40)).toEqual(['fast', 'slow', 'slow', 'fast', 'fast', 'slow', 'slow', 'fast']);
    expect(fast!.runs).toBe(4);
    expect(slow!.medianMs).toBeGreaterThanOrEqual(14);
    expect(fast!.medianMs).toBeLessThan(slow!.medianMs);
  });
});
