import { Type } from 'typebox';
import { DateTime, Nullable, StringEnum, Uuid } from '../../shared/schemas.ts';
import { DONE_ACTIONS, TODO_KINDS } from './todo.models.ts';

const Kind = StringEnum(TODO_KINDS);
const DateOnly = Type.String({ format: 'date' });

export const TodoQuery = Type.Object(
  {
    kind: Type.Optional(Kind),
    cursor: Type.Optional(Type.String({ maxLength: 300, description: 'With kind only: the next page of that kind' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);

export const TodoItemSchema = Type.Object({
  kind: Kind,
  /** Unique in the queue: kind and the item's own key. */
  key: Type.String(),
  /** The task, meeting or matter the item belongs to. */
  recordId: Uuid,
  taskId: Nullable(Uuid),
  shareId: Nullable(Uuid),
  reportId: Nullable(Uuid),
  titleZh: Type.String(),
  titleEn: Type.String(),
  /** The task code, for task items. */
  code: Nullable(Type.String()),
  memberCode: Nullable(Type.String()),
  period: Nullable(Type.String()),
  /** The report's revision, or the minutes draft's. */
  revision: Nullable(Type.Integer()),
  /** A flag's colour (red/yellow), a matter's urgency. */
  severity: Nullable(Type.String()),
  /** A matter's tier, a flag's kind. */
  subkind: Nullable(Type.String()),
  dueDate: Nullable(DateOnly),
  /** Since when it waits for the user. */
  since: DateTime,
  overdue: Type.Boolean(),
  /** Opens the exact item: /tasks/<id>?report=<reportId>, /meetings/<id>?minutes=<revision>, … */
  link: Type.String(),
});

const Counts = Type.Object(Object.fromEntries(TODO_KINDS.map((k) => [k, Type.Integer()])) as Record<(typeof TODO_KINDS)[number], ReturnType<typeof Type.Integer>>);

export const TodoPage = Type.Object({
  items: Type.Array(TodoItemSchema),
  /** Only with kind. */
  nextCursor: Nullable(Type.String()),
  /** Per kind (0 where the user has none of that kind); each at most 999. */
  counts: Counts,
  /** The menu badge. */
  total: Type.Integer(),
  /** Some kind has more than 999 (show "999+"). */
  capped: Type.Boolean(),
});

export const DoneQuery = Type.Object(
  { cursor: Type.Optional(Type.String({ maxLength: 200 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) },
  { additionalProperties: false },
);

export const DoneItemSchema = Type.Object({
  id: Uuid,
  action: StringEnum(DONE_ACTIONS),
  at: DateTime,
  objectType: Nullable(Type.String()),
  objectId: Nullable(Type.String()),
  titleZh: Nullable(Type.String()),
  titleEn: Nullable(Type.String()),
  code: Nullable(Type.String()),
  period: Nullable(Type.String()),
  link: Nullable(Type.String()),
});

export const DonePage = Type.Object({ items: Type.Array(DoneItemSchema), nextCursor: Nullable(Type.String()) });
