import { describe, expect, it } from 'vitest';
import { percentileOfSorted, SampleBuffer, summarizeLatencies } from './stats.ts';

describe('latency statistics', () => {
  it('uses nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentileOfSorted(sorted, 50)).toBe(50);
    expect(percentileOfSorted(sorted, 99)).toBe(99);
    expect(percentileOfSorted(sorted, 100)).toBe(100);
    expect(percentileOfSorted([7], 0)).toBe(7);
    expect(percentileOfSorted([], 50)).toBeNaN();
  });

  it('summarises unsorted samples and grows past its first block', () => {
    const buffer = new SampleBuffer();
    for (let i = 200_000; i >= 1; i--) buffer.push(i / 1000);
    expect(buffer.length).toBe(200_000);
    const summary = summarizeLatencies(buffer.values());
    expect(summary.p50).toBe(100);
    expect(summary.p99).toBe(198);
    expect(summary.max).toBe(200);
    expect(summary.mean).toBeCloseTo(100.0005, 6);
  });
});
