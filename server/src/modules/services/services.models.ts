import type { AvailabilityStatus, ServiceCategory, ServiceChannel, UsageBasis } from '../../db/schema.ts';

export const SERVICE_CODE_PATTERN = '^[A-Z][A-Z0-9_-]{1,39}$';
export const SERVICE_CATEGORIES: ServiceCategory[] = ['employment', 'medical_insurance', 'social_security', 'pension', 'government_services', 'transport', 'education', 'other'];
export const AVAILABILITY_STATUSES: AvailabilityStatus[] = ['planned', 'pilot', 'available', 'suspended'];
export const CHANNELS: ServiceChannel[] = ['online', 'app', 'counter'];
export const USAGE_BASES: UsageBasis[] = ['origin', 'destination', 'total'];
export const MONTH_PATTERN = /^([0-9]{4})-(0[1-9]|1[0-2])$/;

/** A service that is (or was) offered has channels and a start date; a planned one need not. */
export const LIVE_STATUSES: AvailabilityStatus[] = ['pilot', 'available', 'suspended'];

export const isMonth = (value: string) => MONTH_PATTERN.test(value);
export const monthStart = (month: string) => `${month}-01`;
/** The month `n` months before `month` (YYYY-MM). */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}
