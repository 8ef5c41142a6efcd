import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, StringEnum, Uuid } from '../../shared/schemas.ts';
import { IndicatorCode } from '../indicators/indicators.schemas.ts';
import { AVAILABILITY_STATUSES, CHANNELS, SERVICE_CATEGORIES, SERVICE_CODE_PATTERN, USAGE_BASES } from './services.models.ts';

const strict = { additionalProperties: false };
const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
export const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });
export const Category = StringEnum(SERVICE_CATEGORIES);
export const AvailabilityStatus = StringEnum(AVAILABILITY_STATUSES);
export const Channel = StringEnum(CHANNELS);
export const Basis = StringEnum(USAGE_BASES);
const ServiceCode = Type.String({ pattern: SERVICE_CODE_PATTERN, description: 'e.g. MED-SETTLE: an upper-case letter, then 1–39 upper-case letters, digits, _ or -' });
const Version = Type.Integer({ minimum: 1 });

export const IdParams = Type.Object({ id: Uuid });
export const MemberParams = Type.Object({ id: Uuid, memberCode: MemberCode });
export const UsageCellParams = Type.Object({ id: Uuid, origin: MemberCode, destination: MemberCode, month: Month });
export const CreatedResponse = Type.Object({ id: Uuid });

const BodyItem = Type.Object({ memberCode: MemberCode, bodyCode: Type.String({ minLength: 1, maxLength: 100 }) }, strict);
const serviceFields = {
  nameZh: Type.String({ minLength: 1, maxLength: 300 }), nameEn: Type.Optional(Type.String({ maxLength: 300 })),
  category: Category, legalBasisZh: Type.Optional(Type.String({ maxLength: 5000 })), legalBasisEn: Type.Optional(Type.String({ maxLength: 5000 })),
  bodies: Type.Optional(Type.Array(BodyItem, { maxItems: 50, description: 'The responsible body of each member: a body of that member' })),
};
export const CreateServiceBody = Type.Object({ code: ServiceCode, ...serviceFields }, strict);
export const UpdateServiceBody = Type.Object({
  nameZh: Type.Optional(serviceFields.nameZh), nameEn: serviceFields.nameEn, category: Type.Optional(Category),
  legalBasisZh: serviceFields.legalBasisZh, legalBasisEn: serviceFields.legalBasisEn, bodies: serviceFields.bodies, version: Version,
}, strict);

export const PutAvailabilityBody = Type.Object({
  status: AvailabilityStatus,
  since: Type.Optional(Nullable(DateOnly)),
  channels: Type.Array(Channel, { maxItems: 3, uniqueItems: true }),
  allCities: Type.Boolean(),
  cityCodes: Type.Optional(Type.Array(MemberCode, { maxItems: 200, uniqueItems: true, description: "City codes of this member (only when allCities is false)" })),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  version: Type.Optional(Version),
}, strict);

export const ServiceListQuery = Type.Object({
  category: Type.Optional(Category),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the code or a name' })),
  memberCode: Type.Optional(MemberCode),
  status: Type.Optional(AvailabilityStatus),
}, strict);

export const AvailabilitySchema = Type.Object({
  memberCode: Type.String(), status: AvailabilityStatus, since: Nullable(Type.String()), channels: Type.Array(Channel),
  allCities: Type.Boolean(), cityCodes: Type.Array(Type.String()), note: Type.String(), isDemo: Type.Boolean(), version: Type.Integer(), updatedAt: DateTime,
});
export const ServiceSchema = Type.Object({
  id: Uuid, code: Type.String(), nameZh: Type.String(), nameEn: Type.String(), category: Category,
  legalBasisZh: Type.String(), legalBasisEn: Type.String(), isDemo: Type.Boolean(), version: Type.Integer(),
  bodies: Type.Array(Type.Object({ memberCode: Type.String(), bodyCode: Type.String() })),
  availability: Type.Array(AvailabilitySchema),
});
export const ServiceList = Type.Object({ items: Type.Array(ServiceSchema) });
export const ServiceDetail = Type.Object({
  ...ServiceSchema.properties,
  indicators: Type.Array(Type.Object({ basis: Basis, code: Type.String(), nameZh: Type.String(), nameEn: Type.String() })),
});

export const HistoryQuery = Type.Object({ memberCode: Type.Optional(MemberCode) }, strict);
export const HistoryResponse = Type.Object({
  items: Type.Array(Type.Object({
    memberCode: Type.String(), revision: Type.Integer(), status: AvailabilityStatus, since: Nullable(Type.String()), channels: Type.Array(Channel),
    allCities: Type.Boolean(), cityCodes: Type.Array(Type.String()), note: Type.String(), isDemo: Type.Boolean(), changedByName: Type.String(), changedAt: DateTime,
  })),
});

export const MatrixResponse = Type.Object({
  members: Type.Array(Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String() })),
  recentMonths: Type.Object({ from: Type.String(), to: Type.String(), description: Type.Optional(Type.String()) }, { description: 'The window of usageRecent: the last 12 months up to the current one' }),
  rows: Type.Array(Type.Object({
    id: Uuid, code: Type.String(), nameZh: Type.String(), nameEn: Type.String(), category: Category, isDemo: Type.Boolean(),
    usageRecent: Type.Number({ description: 'Usage summed over recentMonths, every origin and destination' }),
    cells: Type.Array(Type.Object({ memberCode: Type.String(), status: Nullable(AvailabilityStatus), channels: Type.Array(Channel), allCities: Type.Boolean(), cityCount: Type.Integer(), since: Nullable(Type.String()) })),
  })),
});

export const RangeQuery = Type.Object({ from: Type.Optional(Month), to: Type.Optional(Month) }, strict);
export const UsageRowsResponse = Type.Object({
  items: Type.Array(Type.Object({ originMemberCode: Type.String(), destinationMemberCode: Type.String(), month: Type.String(), count: Type.Number(), isDemo: Type.Boolean(), version: Type.Integer() })),
});
export const PutUsageBody = Type.Object({ count: Type.Integer({ minimum: 0, maximum: 1e12 }), version: Type.Optional(Version) }, strict);
export const UsageRowResponse = Type.Object({ originMemberCode: Type.String(), destinationMemberCode: Type.String(), month: Type.String(), count: Type.Number(), isDemo: Type.Boolean(), version: Type.Integer() });
export const UsageMatrixResponse = Type.Object({
  from: Nullable(Type.String()), to: Nullable(Type.String()),
  members: Type.Array(Type.String()),
  cells: Type.Array(Type.Object({ originMemberCode: Type.String(), destinationMemberCode: Type.String(), count: Type.Number() })),
  originTotals: Type.Array(Type.Object({ memberCode: Type.String(), count: Type.Number() })),
  destinationTotals: Type.Array(Type.Object({ memberCode: Type.String(), count: Type.Number() })),
  total: Type.Number(), isDemo: Type.Boolean({ description: 'Some of the figures are demo data' }),
});
export const UsageTrendResponse = Type.Object({
  items: Type.Array(Type.Object({ month: Type.String(), count: Type.Number() })),
  byOrigin: Type.Array(Type.Object({ memberCode: Type.String(), items: Type.Array(Type.Object({ month: Type.String(), count: Type.Number() })) })),
});
export const UsageImportResult = Type.Object({ totalRows: Type.Integer(), created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() });

export const DeclareIndicatorBody = Type.Object({
  basis: Basis,
  code: IndicatorCode,
  nameZh: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })), nameEn: Type.Optional(Type.String({ maxLength: 300 })),
}, strict);
export const DeclareIndicatorResponse = Type.Object({ code: Type.String(), basis: Basis, created: Type.Boolean(), observations: Type.Object({ created: Type.Integer(), revised: Type.Integer(), unchanged: Type.Integer() }) });
