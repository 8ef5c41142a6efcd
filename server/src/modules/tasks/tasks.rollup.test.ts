import { describe, expect, it } from 'vitest';
import { rollUp } from './tasks.rollup.ts';

const share = (status: Parameters<typeof rollUp>[0][number]['status'], percent: number, weight = 1) => ({ status, percent, weight });

describe('task roll-up from shares', () => {
  it('takes the weighted mean of the shares’ progress', () => {
    expect(rollUp([share('on_track', 80, 2), share('on_track', 20, 1)]).progress).toBe(60);
    expect(rollUp([share('on_track', 33.33), share('on_track', 66.67), share('on_track', 50)]).progress).toBe(50);
  });

  it('lets the worst status win: delayed over at risk over the rest', () => {
    expect(rollUp([share('completed', 100), share('delayed', 10), share('at_risk', 40)]).status).toBe('delayed');
    expect(rollUp([share('completed', 100), share('at_risk', 40), share('on_track', 50)]).status).toBe('at_risk');
  });

  it('is completed only when every share is, and not started only when none has started', () => {
    expect(rollUp([share('completed', 100), share('completed', 100)]).status).toBe('completed');
    expect(rollUp([share('completed', 100), share('not_started', 0)]).status).toBe('on_track');
    expect(rollUp([share('not_started', 0), share('not_started', 0)]).status).toBe('not_started');
    expect(rollUp([share('on_track', 10), share('not_started', 0)]).status).toBe('on_track');
  });

  it('is not started with no shares', () => {
    expect(rollUp([])).toEqual({ status: 'not_started', progress: 0 });
  });
});
