import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { endOfDayInShanghai } from './expiry.ts';

describe('endOfDayInShanghai', () => {
  it('is the last second of the chosen day in Beijing time, whatever the browser’s zone', () => {
    expect(endOfDayInShanghai(dayjs('2027-06-30'))).toBe('2027-06-30T15:59:59.000Z');
  });
});
