import { Type } from 'typebox';
import { DateTime, Nullable, Page, StringEnum } from '../../shared/schemas.ts';
import { MISSING_RULES, NORMALISATIONS, YEAR_AGGREGATES } from './composite-index.models.ts';

const strict = { additionalProperties: false };
const MethodCode = Type.String({ pattern: '^[A-Z][A-Z0-9_]{1,49}$', description: "e.g. 'YRD_INTEGRATION'" });
const Aggregate = StringEnum(YEAR_AGGREGATES, { description: "a monthly or quarterly indicator's value for a year: the mean of its periods, or its last period (default 'last')" });
const Weight = Type.Number({ description: 'relative weight, > 0 (shares are weight / sum of weights)' });
const Year = Type.Integer({ minimum: 1900, maximum: 2100 });

export const CodeParams = Type.Object({ code: MethodCode });
export const VersionParams = Type.Object({ code: MethodCode, version: Type.Integer({ minimum: 1 }) });

const specFields = (options: { additionalProperties?: boolean }) => ({
  baseYear: Type.Integer({ minimum: 1900, maximum: 2100, description: 'min–max normalisation: the year whose range across scopes is 0–100' }),
  normalisation: StringEnum(NORMALISATIONS),
  missing: StringEnum(MISSING_RULES, { description: "'reweight': drop missing indicators and share their weight; 'zero': count them as 0; 'skip_scope': no value for that scope and year" }),
  aggregate: Type.Optional(Aggregate),
  dimensions: Type.Array(Type.Object({
    code: Type.String({ pattern: '^[A-Za-z0-9_-]{1,50}$' }),
    nameZh: Type.String({ minLength: 1, maxLength: 100 }),
    nameEn: Type.String({ maxLength: 100 }),
    weight: Weight,
    indicators: Type.Array(Type.Object({ code: Type.String({ minLength: 1, maxLength: 50 }), weight: Weight, aggregate: Type.Optional(Aggregate) }, options), { minItems: 1, maxItems: 200 }),
  }, options), { minItems: 1, maxItems: 20 }),
});
export const SpecBody = Type.Object(specFields(strict), strict);
const SpecSchema = Type.Object(specFields({}));

export const CreateVersionBody = Type.Object({
  nameZh: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'needed when this first version creates the method; renames it otherwise' })),
  nameEn: Type.Optional(Type.String({ maxLength: 200 })),
  descriptionZh: Type.String({ minLength: 1, maxLength: 20000, description: 'how the method works, for readers (zh-CN)' }),
  descriptionEn: Type.Optional(Type.String({ maxLength: 20000 })),
  spec: SpecBody,
}, strict);

export const VersionSchema = Type.Object({
  version: Type.Integer(),
  status: StringEnum(['draft', 'published'] as const),
  spec: SpecSchema,
  descriptionZh: Type.String(),
  descriptionEn: Type.String(),
  publishedAt: Nullable(DateTime),
  createdAt: DateTime,
  createdBy: Nullable(Type.String()),
});

export const MethodSchema = Type.Object({
  code: Type.String(), nameZh: Type.String(), nameEn: Type.String(), isDemo: Type.Boolean(),
  currentVersion: Nullable(Type.Integer({ description: 'the latest published version; values are shown by it unless asked otherwise' })),
  latestVersion: Nullable(Type.Integer()),
});
export const MethodList = Type.Object({ items: Type.Array(MethodSchema) });
export const MethodDetail = Type.Object({
  ...MethodSchema.properties,
  current: Nullable(VersionSchema),
  versions: Type.Array(VersionSchema),
});

export const ValuesQuery = Type.Object({
  version: Type.Optional(Type.Integer({ minimum: 1, description: 'default: the current (latest published) version' })),
  scope: Type.Optional(Type.Array(Type.String({ pattern: '^(region|[0-9]{6})$' }), { maxItems: 50, description: "'region' or member codes; repeat for several" })),
  from: Type.Optional(Year),
  to: Type.Optional(Year),
  include: Type.Optional(StringEnum(['components'] as const, {
    description: 'components: each value with its dimensions, indicators and observation ids (large: ask for one scope and year where possible)',
  })),
});

const IndicatorComponentSchema = Type.Object({
  code: Type.String(),
  weight: Type.Number({ description: 'share of its dimension here, after reweighting' }),
  raw: Nullable(Type.Number()),
  normalised: Nullable(Type.Number({ description: '0–100' })),
  observationIds: Type.Array(Type.String(), { description: 'the observations behind the raw value (GET /api/v1/observations/:id)' }),
  target: Type.Optional(Nullable(Type.Number())),
});
export const ValuesResponse = Type.Object({
  method: MethodSchema,
  version: VersionSchema,
  items: Type.Array(Type.Object({
    scopeCode: Type.String(),
    year: Type.Integer(),
    value: Type.Number({ description: '0–100' }),
    computedAt: DateTime,
    /** Only with ?include=components. */
    components: Type.Optional(Type.Array(Type.Object({
      dimensionCode: Type.String(),
      value: Nullable(Type.Number()),
      weight: Type.Number({ description: 'share of the composite here, after reweighting' }),
      indicators: Type.Array(IndicatorComponentSchema),
    }))),
  })),
});

export const RunsQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});
export const RunList = Page(Type.Object({
  id: Type.String(), methodVersionId: Type.String(), version: Type.Integer(), trigger: StringEnum(['observations', 'manual', 'publish'] as const),
  startedAt: DateTime, finishedAt: DateTime, durationMs: Type.Integer(), status: StringEnum(['succeeded', 'failed'] as const),
  error: Nullable(Type.String()), valuesWritten: Type.Integer(),
}));

export const RecomputeResponse = Type.Object({
  jobId: Type.String(),
  deduplicated: Type.Boolean({ description: 'true when a recomputation of this method was already waiting: that job is answered' }),
});
