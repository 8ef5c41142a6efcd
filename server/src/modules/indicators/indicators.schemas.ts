import { Type } from 'typebox';
import { DateTime, Nullable, StringEnum, Uuid } from '../../shared/schemas.ts';
import { INDICATOR_CODE_PATTERN, MAX_YEAR, MIN_YEAR } from './indicators.models.ts';

const strict = { additionalProperties: false };
export const IndicatorCode = Type.String({ pattern: INDICATOR_CODE_PATTERN, description: 'e.g. GDP_PC: an upper-case letter, then 1–39 upper-case letters, digits or _' });
export const ValueKind = StringEnum(['percent', 'integer', 'decimal'] as const);
export const Direction = StringEnum(['higher', 'lower'] as const);
export const Level = StringEnum(['region', 'member', 'city'] as const);
export const Frequency = StringEnum(['monthly', 'quarterly', 'yearly'] as const);
export const IndicatorStatusSchema = StringEnum(['active', 'retired'] as const);
export const ObservationStatusSchema = StringEnum(['provisional', 'final'] as const);
export const View = StringEnum(['latest', 'first'] as const, { description: 'latest: the current value; first: the value as first published' });
/** 'region', a member code or a city code (GB/T 2260). */
export const ScopeCode = Type.String({ pattern: '^(region|[0-9]{6})$', description: "'region', a member code or a city code" });
export const Year = Type.Integer({ minimum: MIN_YEAR, maximum: MAX_YEAR });
const FocusAreaCode = Type.String({ pattern: '^[0-9]+(\\.[0-9]+)*$', maxLength: 20 });
const Text = (max: number) => Type.String({ maxLength: max });

export const CodeParams = Type.Object({ code: IndicatorCode });
export const CreatedResponse = Type.Object({ id: Uuid });

const editable = {
  nameZh: Type.String({ minLength: 1, maxLength: 200 }), nameEn: Text(200),
  definitionZh: Text(4000), definitionEn: Text(4000), unitZh: Text(50), unitEn: Text(50),
  valueKind: ValueKind, minValue: Nullable(Type.Number()), maxValue: Nullable(Type.Number()),
  focusAreaCode: Nullable(FocusAreaCode), direction: Direction,
  sourceOrgZh: Text(300), sourceOrgEn: Text(300), methodNotesZh: Text(4000), methodNotesEn: Text(4000),
};

export const CreateIndicatorBody = Type.Object({
  code: IndicatorCode, level: Level, frequency: Frequency,
  nameZh: editable.nameZh, valueKind: editable.valueKind, direction: editable.direction,
  nameEn: Type.Optional(editable.nameEn), definitionZh: Type.Optional(editable.definitionZh), definitionEn: Type.Optional(editable.definitionEn),
  unitZh: Type.Optional(editable.unitZh), unitEn: Type.Optional(editable.unitEn),
  minValue: Type.Optional(editable.minValue), maxValue: Type.Optional(editable.maxValue), focusAreaCode: Type.Optional(editable.focusAreaCode),
  sourceOrgZh: Type.Optional(editable.sourceOrgZh), sourceOrgEn: Type.Optional(editable.sourceOrgEn),
  methodNotesZh: Type.Optional(editable.methodNotesZh), methodNotesEn: Type.Optional(editable.methodNotesEn),
}, strict);

/** Code, level and frequency never change: they shape every stored period and scope. */
export const UpdateIndicatorBody = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  nameZh: Type.Optional(editable.nameZh), nameEn: Type.Optional(editable.nameEn),
  definitionZh: Type.Optional(editable.definitionZh), definitionEn: Type.Optional(editable.definitionEn),
  unitZh: Type.Optional(editable.unitZh), unitEn: Type.Optional(editable.unitEn),
  valueKind: Type.Optional(editable.valueKind), minValue: Type.Optional(editable.minValue), maxValue: Type.Optional(editable.maxValue),
  focusAreaCode: Type.Optional(editable.focusAreaCode), direction: Type.Optional(editable.direction),
  sourceOrgZh: Type.Optional(editable.sourceOrgZh), sourceOrgEn: Type.Optional(editable.sourceOrgEn),
  methodNotesZh: Type.Optional(editable.methodNotesZh), methodNotesEn: Type.Optional(editable.methodNotesEn),
}, strict);

export const VersionBody = Type.Object({ version: Type.Integer({ minimum: 1 }) }, strict);

export const IndicatorListQuery = Type.Object({
  level: Type.Optional(Level), focusArea: Type.Optional(FocusAreaCode), status: Type.Optional(IndicatorStatusSchema), q: Type.Optional(Type.String({ maxLength: 100 })),
});

export const PutTargetsBody = Type.Object({
  items: Type.Array(Type.Object({ scopeCode: ScopeCode, year: Year, value: Type.Number(), planId: Type.Optional(Nullable(Uuid)) }, strict), { maxItems: 5000 }),
}, strict);

export const IndicatorSchema = Type.Object({
  id: Uuid, code: Type.String(), nameZh: Type.String(), nameEn: Type.String(), definitionZh: Type.String(), definitionEn: Type.String(),
  unitZh: Type.String(), unitEn: Type.String(), valueKind: ValueKind, minValue: Nullable(Type.Number()), maxValue: Nullable(Type.Number()),
  focusAreaCode: Nullable(Type.String()), direction: Direction, level: Level, frequency: Frequency,
  sourceOrgZh: Type.String(), sourceOrgEn: Type.String(), methodNotesZh: Type.String(), methodNotesEn: Type.String(),
  status: IndicatorStatusSchema, retiredAt: Nullable(DateTime), isDemo: Type.Boolean(), version: Type.Integer(),
});
export const TargetSchema = Type.Object({ scopeCode: Type.String(), year: Type.Integer(), value: Type.Number(), planId: Nullable(Uuid) });
export const IndicatorList = Type.Object({ items: Type.Array(IndicatorSchema) });
export const IndicatorDetailSchema = Type.Object({ ...IndicatorSchema.properties, targets: Type.Array(TargetSchema) });

export const SeriesQuery = Type.Object({
  scope: Type.Optional(Type.Array(ScopeCode, { maxItems: 60, description: "Repeat for several: ?scope=320000&scope=330000. Default: every scope of the indicator's level" })),
  from: Type.Optional(Year), to: Type.Optional(Year), view: Type.Optional(View),
});
/** Per scope, parallel arrays in period order: index i of periods, values and statuses is one observation. */
export const SeriesResponse = Type.Object({
  indicator: IndicatorSchema,
  series: Type.Array(Type.Object({
    scopeCode: Type.String(),
    periods: Type.Array(Type.String(), { description: "As stored: '2024', '2024-Q1' or '2024-03', oldest first" }),
    values: Type.Array(Type.Number(), { description: 'The value of each period in the view asked for (latest, or as first published)' }),
    firstValues: Type.Optional(Type.Array(Type.Number(), { description: 'view=latest only, and only when some value of this scope was revised: each period as first published' })),
    statuses: Type.Array(ObservationStatusSchema),
    isDemo: Type.Boolean({ description: 'Some value of this scope is demo data' }),
  })),
  targets: Type.Array(Type.Object({ scopeCode: Type.String(), year: Type.Integer(), value: Type.Number() })),
});

export const MapQuery = Type.Object({ year: Type.Optional(Year), view: Type.Optional(View) });
export const MapResponse = Type.Object({
  indicator: IndicatorSchema,
  /** The year asked for; without one, the latest year that has values (null when there are none). */
  year: Nullable(Type.Integer()),
  items: Type.Array(Type.Object({
    cityCode: Type.String(), memberCode: Type.String(), period: Type.String(), value: Type.Number(),
    status: ObservationStatusSchema, isDemo: Type.Boolean(), observationId: Uuid,
  })),
});
