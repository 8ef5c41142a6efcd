import type { HostRotation } from '../region/region.models.ts';

/**
 * The next host of the annual symposium: the member after the last host in the
 * rotation order. The last host is the latest recorded year, whether it comes
 * from the region data (history) or from a decision that fixed it. With no
 * host recorded, the proposal is for the current year (`now`, from the clock).
 */
export function proposeNextHost(
  rotation: HostRotation,
  recorded: { year: number; memberCode: string }[],
  now: Date,
): { year: number; memberCode: string; lastHost: { year: number; memberCode: string } | null } {
  const byYear = new Map<number, string>();
  for (const h of rotation.history ?? []) byYear.set(h.year, h.memberCode);
  for (const h of recorded) byYear.set(h.year, h.memberCode);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const lastYear = years.at(-1);
  if (lastYear === undefined) return { year: now.getUTCFullYear(), memberCode: rotation.order[0]!, lastHost: null };
  const last = byYear.get(lastYear)!;
  const at = rotation.order.indexOf(last);
  const next = rotation.order[(at + 1) % rotation.order.length]!;
  return { year: lastYear + 1, memberCode: next, lastHost: { year: lastYear, memberCode: last } };
}
