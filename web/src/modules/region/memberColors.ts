/**
 * Fill colours of the members on the map: muted, distinguishable, assigned in
 * the members' order so another region's members get colours too.
 */
import type { Member } from '../../api/types.ts';

const PALETTE = ['#6f8fbf', '#79a88a', '#d3a35c', '#a08bb8', '#c7796f', '#6fa9b3', '#b5a86a', '#8f8f8f'];

export function colorsByMember(members: readonly Member[]): Map<string, string> {
  return new Map(members.map((member, index) => [member.code, PALETTE[index % PALETTE.length]!]));
}
