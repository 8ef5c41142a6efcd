import { Type } from 'typebox';
import { Nullable } from '../../shared/schemas.ts';
import { WorkStatusSchema } from '../tasks/tasks.schemas.ts';

export const SummaryQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2200, description: "Calendar year; default: this year in the region's time zone" })) },
  { additionalProperties: false },
);

const Drill = {
  drill: Type.String({ description: 'The web list (path and query) that shows exactly the records counted' }),
  api: Type.String({ description: 'The same list on the API: its items, followed to the last page, are the figure' }),
};
const Figure = Type.Object({ value: Type.Integer(), demo: Type.Integer({ description: 'How many of the counted records are demo data' }), ...Drill });
const Rule = Type.Object({ zh: Type.String(), en: Type.String() });

const Breakdown = {
  total: Figure,
  meanProgress: Nullable(Type.Number({ description: '0–100; null when nothing is counted' })),
  statuses: Type.Array(Type.Object({ status: WorkStatusSchema, value: Type.Integer(), demo: Type.Integer(), ...Drill })),
};

export const SummarySchema = Type.Object({
  year: Type.Integer(),
  today: Type.String({ description: "YYYY-MM-DD in the region's time zone (what overdue is measured against)" }),
  tasks: Type.Object({ total: Figure, completed: Figure, onTrack: Figure, behind: Figure, notStarted: Figure, overdue: Figure }),
  reports: Type.Object({ accepted: Figure, acceptedOnTime: Figure }),
  matters: Type.Object({ resolved: Figure }),
  decisions: Type.Object({ total: Figure, implemented: Figure }),
  byArea: Type.Array(Type.Object({ areaId: Nullable(Type.String()), code: Nullable(Type.String()), nameZh: Type.String(), nameEn: Type.String(), ...Breakdown })),
  byMember: Type.Array(
    Type.Object({ memberCode: Type.String(), nameZh: Type.String(), nameEn: Type.String(), shortZh: Type.String(), shortEn: Type.String(), ...Breakdown }),
  ),
  rules: Type.Object({ tasks: Rule, reports: Rule, matters: Rule, decisions: Rule, byArea: Rule, byMember: Rule }),
});

