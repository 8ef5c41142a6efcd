import { describe, expect, it } from 'vitest';
import { lineProgress, progressLine } from './progress.ts';

describe('progress without a terminal', () => {
  it('formats one plain line', () => {
    expect(progressLine(12_500, 50_000, 'tasks', 31.2, '312,345 reports')).toBe('12,500 / 50,000 tasks (25 %), 31 s — 312,345 reports');
    expect(progressLine(0, 0, 'tasks', 0)).toBe('0 / 0 tasks (100 %), 0 s');
  });

  it('writes a line per step of progress, and always the last', () => {
    const lines: string[] = [];
    let now = 0;
    const progress = lineProgress((l) => lines.push(l), 25, () => now);
    progress.start(100, 'tasks');
    for (const value of [10, 20, 30, 40, 60, 99, 100]) {
      now += 1000;
      progress.update(value);
    }
    progress.stop();
    expect(lines).toEqual([
      '10 / 100 tasks (10 %), 1 s',
      '30 / 100 tasks (30 %), 3 s',
      '60 / 100 tasks (60 %), 5 s',
      '99 / 100 tasks (99 %), 6 s',
      '100 / 100 tasks (100 %), 7 s',
    ]);
  });
});
