/**
 * The host city of a meeting lies in its host member (the server refuses
 * another: 400 meetings.city_not_of_host). The form offers only the chosen
 * member's cities and keeps the choice valid when the member changes.
 */
import type { City } from '../../api/types.ts';

/** The cities a host city may be chosen from: the host member's, or every city while no member is chosen. */
export function hostCityChoices(cities: readonly City[], hostMemberCode: string | null | undefined): City[] {
  return hostMemberCode ? cities.filter((c) => c.memberCode === hostMemberCode) : [...cities];
}

/** Whether a city may be the host city of a meeting hosted by that member. */
export function cityFitsHost(cities: readonly City[], cityCode: string | null | undefined, hostMemberCode: string | null | undefined): boolean {
  if (!cityCode || !hostMemberCode) return true;
  const city = cities.find((c) => c.code === cityCode);
  return city !== undefined && city.memberCode === hostMemberCode;
}

/**
 * The host city after the host member changed: kept if it lies in the new
 * member, the member's only city when it has one (Shanghai, a municipality), else none.
 */
export function hostCityAfterMemberChange(cities: readonly City[], cityCode: string | null | undefined, hostMemberCode: string | null | undefined): string | undefined {
  if (!hostMemberCode) return undefined;
  const choices = hostCityChoices(cities, hostMemberCode);
  if (cityCode && choices.some((c) => c.code === cityCode)) return cityCode;
  return choices.length === 1 ? choices[0]!.code : undefined;
}
