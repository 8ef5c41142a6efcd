import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, Page, StringEnum, Uuid } from '../../shared/schemas.ts';
import { CURRENCIES, PROJECT_PHASES, PROJECT_TYPES, UNITS } from './projects.models.ts';

const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const CityCode = Type.String({ pattern: '^[0-9]{6}$', description: 'GB/T 2260 city code' });
const Amount = Type.Number({ minimum: 0, maximum: 1e12, description: 'In the project’s currency and unit' });
export const ProjectType = StringEnum(PROJECT_TYPES);
export const ProjectPhase = StringEnum(PROJECT_PHASES);
const Currency = StringEnum(CURRENCIES);
const Unit = StringEnum(UNITS, { description: 'hundred_million = 亿, ten_thousand = 万, one = the currency itself' });
const strict = { additionalProperties: false };

export const IdParams = Type.Object({ id: Uuid });
export const CreatedResponse = Type.Object({ id: Uuid });

const MemberInput = Type.Object({ memberCode: MemberCode, investment: Type.Optional(Nullable(Amount)) }, strict);
const MilestoneInput = Type.Object({
  id: Type.Optional(Uuid), titleZh: Type.String({ minLength: 1, maxLength: 300 }), titleEn: Type.Optional(Type.String({ maxLength: 300 })),
  dueDate: DateOnly, doneOn: Type.Optional(Nullable(DateOnly)),
}, strict);

const fields = {
  titleZh: Type.String({ minLength: 1, maxLength: 300 }), titleEn: Type.Optional(Type.String({ maxLength: 300 })),
  type: ProjectType, leadMemberCode: MemberCode, phase: ProjectPhase,
  startDate: Type.Optional(Nullable(DateOnly)), plannedCompletion: Type.Optional(Nullable(DateOnly)),
  locationCityCode: Type.Optional(Nullable(CityCode)), cityCodes: Type.Optional(Type.Array(CityCode, { maxItems: 41 })),
  members: Type.Array(MemberInput, { minItems: 1, maxItems: 20 }),
  currency: Type.Optional(Currency), unit: Type.Optional(Unit), totalInvestment: Type.Optional(Nullable(Amount)),
  taskIds: Type.Optional(Type.Array(Uuid, { maxItems: 100 })), agreementIds: Type.Optional(Type.Array(Uuid, { maxItems: 100 })),
  milestones: Type.Optional(Type.Array(MilestoneInput, { maxItems: 100 })),
  descriptionZh: Type.Optional(Type.String({ maxLength: 5000 })), descriptionEn: Type.Optional(Type.String({ maxLength: 5000 })),
};

export const CreateProjectBody = Type.Object({ code: Type.String({ pattern: '^[A-Z][A-Z0-9_-]{1,39}$' }), ...fields }, strict);
/** The whole project as it should be (the form sends everything), with the version read. Milestones with an id are kept, others added, missing ones removed. */
export const UpdateProjectBody = Type.Object({ ...fields, version: Type.Integer({ minimum: 1 }) }, strict);

/** The project list's filters; the export takes the same ones without paging. */
const ProjectListFields = { type: Type.Optional(ProjectType), phase: Type.Optional(ProjectPhase), memberCode: Type.Optional(MemberCode), cityCode: Type.Optional(CityCode) };
export const ProjectExportQuery = Type.Object(ProjectListFields);
export const ProjectListQuery = Type.Object({
  ...ProjectListFields,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 200 })), cursor: Type.Optional(Type.String({ maxLength: 200 })),
});
export const ProjectFilterQuery = Type.Object({ type: Type.Optional(ProjectType), phase: Type.Optional(ProjectPhase), memberCode: Type.Optional(MemberCode) });

const ProgressSchema = Type.Object({
  percent: Nullable(Type.Number()), taskCount: Type.Integer(), taskMean: Nullable(Type.Number()), milestonesDone: Type.Integer(), milestonesTotal: Type.Integer(),
  taskWeight: Type.Number(), milestoneWeight: Type.Number(), ruleZh: Type.String(), ruleEn: Type.String(),
});

export const ProjectSchema = Type.Object({
  id: Uuid, code: Type.String(), titleZh: Type.String(), titleEn: Type.String(), type: ProjectType, phase: ProjectPhase, leadMemberCode: Type.String(),
  members: Type.Array(Type.Object({ memberCode: Type.String(), investment: Nullable(Type.Number()) })),
  locationCityCode: Nullable(Type.String()), cityCodes: Type.Array(Type.String()), startDate: Nullable(Type.String()), plannedCompletion: Nullable(Type.String()),
  currency: Currency, unit: Unit, totalInvestment: Nullable(Type.Number()), taskIds: Type.Array(Uuid), agreementIds: Type.Array(Uuid),
  progress: ProgressSchema, openFlags: Type.Integer(), isDemo: Type.Boolean(), version: Type.Integer(), updatedAt: DateTime,
});
export const ProjectList = Page(ProjectSchema);

export const ProjectDetail = Type.Object({
  ...ProjectSchema.properties,
  descriptionZh: Type.String(), descriptionEn: Type.String(), canEdit: Type.Boolean(),
  milestones: Type.Array(Type.Object({ id: Uuid, titleZh: Type.String(), titleEn: Type.String(), dueDate: Type.String(), doneOn: Nullable(Type.String()), overdue: Type.Boolean() })),
  tasks: Type.Array(Type.Object({ id: Uuid, code: Type.String(), titleZh: Type.String(), titleEn: Type.String(), status: Type.String(), progress: Type.Number() })),
  agreements: Type.Array(Type.Object({ id: Uuid, titleZh: Type.String(), titleEn: Type.String(), status: Type.String() })),
  flags: Type.Array(Type.Object({ id: Uuid, milestoneId: Nullable(Uuid), severity: Type.String(), level: Type.Integer(), raisedAt: DateTime, dueDate: Nullable(Type.String()) })),
});

export const ProjectMap = Type.Object({
  total: Type.Integer(), unlocated: Type.Integer(),
  phases: Type.Array(Type.Object({ phase: ProjectPhase, count: Type.Integer() })),
  cities: Type.Array(Type.Object({
    cityCode: Type.String(), memberCode: Type.String(), nameZh: Type.String(), nameEn: Type.String(), count: Type.Integer(),
    byPhase: Type.Array(Type.Object({ phase: ProjectPhase, count: Type.Integer() })),
    projects: Type.Array(Type.Object({ id: Uuid, code: Type.String(), titleZh: Type.String(), titleEn: Type.String(), phase: ProjectPhase, isDemo: Type.Boolean() }), { description: 'Up to 20 per city' }),
  })),
});
