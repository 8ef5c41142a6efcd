/**
 * Pure rules of progress reporting: reporting periods and evidence limits.
 * Which files are accepted as evidence is the shared rule of shared/files.ts.
 */
import { MAX_FILE_BYTES } from '../../shared/files.ts';

export type Cadence = 'monthly' | 'quarterly';

const MONTHLY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTERLY = /^(\d{4})-Q([1-4])$/;

export function cadenceOfPeriod(period: string): Cadence | undefined {
  if (MONTHLY.test(period)) return 'monthly';
  if (QUARTERLY.test(period)) return 'quarterly';
  return undefined;
}

export const PERIOD_EXAMPLE: Record<Cadence, string> = { monthly: '2025-03', quarterly: '2025-Q1' };

/** First and last month of a period, as 'YYYY-MM' (they compare as text). */
export function monthsOf(period: string): { first: string; last: string } {
  const q = QUARTERLY.exec(period);
  if (q) {
    const end = Number(q[2]) * 3;
    return { first: `${q[1]}-${String(end - 2).padStart(2, '0')}`, last: `${q[1]}-${String(end).padStart(2, '0')}` };
  }
  return { first: period, last: period };
}

/** Evidence on one report: the shared file-size limit, at most ten files. */
export const EVIDENCE_LIMITS = { maxBytes: MAX_FILE_BYTES, maxFilesPerReport: 10 };
