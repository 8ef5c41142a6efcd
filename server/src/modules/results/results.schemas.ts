import { Type, type Static } from 'typebox';
import { MemberCode, Nullable, StringEnum } from '../../shared/schemas.ts';
import { BLOCK_TYPES, NARRATIVE_KEYS, REF_KINDS, RESULTS_KINDS } from './results.models.ts';

const Lang = StringEnum(['zh-CN', 'en'] as const);
const Year = Type.Integer({ minimum: 2000, maximum: 2100, description: 'The calendar year (in the region\'s time zone)' });
const Quarter = Type.Integer({ minimum: 1, maximum: 4, description: 'Quarterly bulletin only' });
const Narrative = Type.String({ maxLength: 20000 });

export const ReportKey = {
  kind: StringEnum(RESULTS_KINDS, { description: 'annual: the results conference\'s report; quarterly: the bulletin; member: one member\'s annual report' }),
  year: Year,
  quarter: Type.Optional(Quarter),
  memberCode: Type.Optional({ ...MemberCode, description: "The member of a member's report" }),
};

export const ReportQuery = Type.Object({ ...ReportKey, lang: Type.Optional(Lang) }, { additionalProperties: false });
export const EditionQuery = Type.Object(ReportKey, { additionalProperties: false });

export const RecordRefSchema = Type.Object({
  kind: StringEnum(REF_KINDS),
  id: Type.String(),
  code: Nullable(Type.String()),
  title: Type.String(),
  href: Type.String({ description: 'The record\'s page in the web UI' }),
});

const FigureSchema = Type.Object({
  key: Type.String(),
  label: Type.String(),
  value: Type.Number(),
  unit: Type.String(),
  drillHref: Nullable(Type.String({ description: 'The list (with its filters) that shows exactly the counted records' })),
  appendixKey: Nullable(Type.String({ description: 'The appendix list of the records behind the figure' })),
  demo: Type.Integer({ minimum: 0, description: 'How many of the counted records are demo data' }),
});

const Cell = Type.Union([Type.String(), Type.Number(), Type.Null()]);

export const BlockSchema = Type.Union([
  Type.Object({ type: Type.Literal('heading'), level: Type.Union([Type.Literal(1), Type.Literal(2)]), text: Type.String(), anchor: Type.String() }),
  Type.Object({ type: Type.Literal('paragraph'), text: Type.String() }),
  Type.Object({ type: Type.Literal('narrative'), key: StringEnum(NARRATIVE_KEYS), text: Type.String() }),
  Type.Object({ type: Type.Literal('figures'), items: Type.Array(FigureSchema) }),
  Type.Object({
    type: Type.Literal('table'), caption: Type.String(), columns: Type.Array(Type.String()),
    rows: Type.Array(Type.Object({ cells: Type.Array(Cell), ref: Nullable(RecordRefSchema) })),
    more: Type.Integer({ minimum: 0, description: 'Rows left out of the body (all are in the appendix)' }),
    appendixKey: Nullable(Type.String()),
  }),
  Type.Object({ type: Type.Literal('note'), text: Type.String() }),
], { description: `One of: ${BLOCK_TYPES.join(', ')}` });

export const ResultsReportSchema = Type.Object({
  kind: StringEnum(RESULTS_KINDS),
  year: Type.Integer(),
  quarter: Nullable(Type.Integer()),
  memberCode: Nullable(Type.String()),
  lang: Lang,
  title: Type.String(),
  subtitle: Type.String(),
  periodStart: Type.String({ format: 'date' }),
  periodEnd: Type.String({ format: 'date' }),
  generatedAt: Type.String({ format: 'date-time' }),
  containsDemo: Type.Boolean(),
  blocks: Type.Array(BlockSchema),
  appendix: Type.Array(Type.Object({ key: Type.String(), title: Type.String(), refs: Type.Array(RecordRefSchema) })),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
});

export const EditionSchema = Type.Object({
  id: Nullable(Type.String({ format: 'uuid' })),
  kind: StringEnum(RESULTS_KINDS),
  year: Type.Integer(),
  quarter: Nullable(Type.Integer()),
  memberCode: Nullable(Type.String()),
  forewordZh: Type.String(), forewordEn: Type.String(), outlookZh: Type.String(), outlookEn: Type.String(),
  version: Type.Integer({ minimum: 0, description: '0 while no edition exists yet (save with version 0 to create it)' }),
  updatedAt: Nullable(Type.String({ format: 'date-time' })),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
});

export const SaveEditionBody = Type.Object({
  ...ReportKey,
  forewordZh: Narrative, forewordEn: Narrative, outlookZh: Narrative, outlookEn: Narrative,
  version: Type.Integer({ minimum: 0 }),
}, { additionalProperties: false });

export const PublishEditionBody = Type.Object({ ...ReportKey, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export type ResultsReport = Static<typeof ResultsReportSchema>;
export type ReportBlock = Static<typeof BlockSchema>;
export type RecordRef = Static<typeof RecordRefSchema>;
export type Figure = Static<typeof FigureSchema>;
