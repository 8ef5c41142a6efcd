import { Type, type Static } from 'typebox';

/** The shape of a region data file (data/regions/*.json). */
const CityEntry = Type.Object({
  code: Type.String({ pattern: '^[0-9]{6}$' }),
  nameZh: Type.String({ minLength: 1 }),
  nameEn: Type.String({ minLength: 1 }),
});

const MemberEntry = Type.Object({
  code: Type.String({ pattern: '^[0-9]{6}$' }),
  kind: Type.Union([Type.Literal('municipality'), Type.Literal('province')]),
  nameZh: Type.String({ minLength: 1 }),
  nameEn: Type.String({ minLength: 1 }),
  shortZh: Type.String({ minLength: 1 }),
  shortEn: Type.String({ minLength: 1 }),
  cities: Type.Array(CityEntry, { minItems: 1 }),
});

const BodyEntry = Type.Object({
  code: Type.String({ pattern: '^[a-z0-9][a-z0-9_.-]*$' }),
  tier: Type.Union([Type.Literal('decision'), Type.Literal('coordination'), Type.Literal('execution'), Type.Literal('observer')]),
  kind: Type.String({ minLength: 1 }),
  nameZh: Type.String({ minLength: 1 }),
  nameEn: Type.String({ minLength: 1 }),
  rhythm: Type.Optional(Type.String()),
  parentCode: Type.Optional(Type.String()),
  memberCode: Type.Optional(Type.String()),
  descriptionZh: Type.Optional(Type.String()),
  descriptionEn: Type.Optional(Type.String()),
  /** "configuration": set up for this deployment, not named by a source record (default "source"). */
  provenance: Type.Optional(Type.Union([Type.Literal('source'), Type.Literal('configuration')])),
});

const FocusAreaEntry = Type.Object({
  code: Type.String({ pattern: '^[0-9]+(\\.[0-9]+)*$' }),
  nameZh: Type.String({ minLength: 1 }),
  nameEn: Type.String({ minLength: 1 }),
  descriptionZh: Type.Optional(Type.String()),
  descriptionEn: Type.Optional(Type.String()),
});

/** The annual symposium's host rotation: members take turns in `order`; `history` records past hosts. */
const HostRotationEntry = Type.Object({
  $comment: Type.Optional(Type.String()),
  meetingType: Type.Literal('annual_symposium'),
  order: Type.Array(Type.String({ pattern: '^[0-9]{6}$' }), { minItems: 1 }),
  history: Type.Optional(Type.Array(Type.Object({ year: Type.Integer(), memberCode: Type.String(), cityCode: Type.Optional(Type.String()) }))),
});

export const RegionFileSchema = Type.Object({
  $comment: Type.Optional(Type.String()),
  region: Type.Object({
    id: Type.String({ pattern: '^[a-z][a-z0-9-]*$' }),
    nameZh: Type.String({ minLength: 1 }),
    nameEn: Type.String({ minLength: 1 }),
    timeZone: Type.String({ minLength: 1 }),
    dataVersion: Type.String({ minLength: 1 }),
  }),
  members: Type.Array(MemberEntry, { minItems: 1 }),
  bodies: Type.Array(BodyEntry),
  /** The focus areas of the region's plans; sub-areas have dotted codes (1.2 under 1). */
  focusAreas: Type.Optional(Type.Array(FocusAreaEntry)),
  hostRotation: Type.Optional(HostRotationEntry),
});

export type HostRotation = NonNullable<Static<typeof RegionFileSchema>['hostRotation']>;

export type RegionFile = Static<typeof RegionFileSchema>;

/** Checks that schema validation cannot: unique codes and references that resolve. */
export function checkRegionConsistency(file: RegionFile): string[] {
  const problems: string[] = [];
  const memberCodes = new Set<string>();
  const cityCodes = new Set<string>();
  for (const member of file.members) {
    if (memberCodes.has(member.code)) problems.push(`duplicate member code ${member.code}`);
    memberCodes.add(member.code);
    for (const city of member.cities) {
      if (cityCodes.has(city.code)) problems.push(`duplicate city code ${city.code}`);
      cityCodes.add(city.code);
      if (city.code.slice(0, 2) !== member.code.slice(0, 2))
        problems.push(`city ${city.code} does not belong to member ${member.code} by its GB/T 2260 prefix`);
    }
  }
  const bodyCodes = new Set(file.bodies.map((b) => b.code));
  if (bodyCodes.size !== file.bodies.length) problems.push('duplicate body codes');
  for (const body of file.bodies) {
    if (body.parentCode && !bodyCodes.has(body.parentCode)) problems.push(`body ${body.code}: unknown parent ${body.parentCode}`);
    if (body.memberCode && !memberCodes.has(body.memberCode)) problems.push(`body ${body.code}: unknown member ${body.memberCode}`);
  }
  const areaCodes = new Set((file.focusAreas ?? []).map((a) => a.code));
  if (areaCodes.size !== (file.focusAreas ?? []).length) problems.push('duplicate focus area codes');
  for (const area of file.focusAreas ?? []) {
    const parent = area.code.split('.').slice(0, -1).join('.');
    if (parent && !areaCodes.has(parent)) problems.push(`focus area ${area.code}: no parent area ${parent}`);
  }
  const rotation = file.hostRotation;
  if (rotation) {
    if (new Set(rotation.order).size !== rotation.order.length) problems.push('duplicate members in hostRotation.order');
    for (const code of rotation.order) if (!memberCodes.has(code)) problems.push(`hostRotation: unknown member ${code}`);
    for (const h of rotation.history ?? []) {
      if (!memberCodes.has(h.memberCode)) problems.push(`hostRotation: unknown member ${h.memberCode} in ${h.year}`);
      if (h.cityCode && !cityCodes.has(h.cityCode)) problems.push(`hostRotation: unknown city ${h.cityCode} in ${h.year}`);
    }
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: file.region.timeZone });
  } catch {
    problems.push(`unknown time zone ${file.region.timeZone}`);
  }
  return problems;
}

/** Bodies in an order where every parent comes before its children. */
export function parentsFirst<T extends { code: string; parentCode?: string }>(bodies: T[]): T[] {
  const byCode = new Map(bodies.map((b) => [b.code, b]));
  const out: T[] = [];
  const placed = new Set<string>();
  const place = (body: T, trail: Set<string>) => {
    if (placed.has(body.code) || trail.has(body.code)) return;
    trail.add(body.code);
    const parent = body.parentCode ? byCode.get(body.parentCode) : undefined;
    if (parent) place(parent, trail);
    placed.add(body.code);
    out.push(body);
  };
  for (const body of bodies) place(body, new Set());
  return out;
}
