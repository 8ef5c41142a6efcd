import { Type, type TSchema, type TUnsafe } from 'typebox';

/** A string enum as JSON Schema `enum` (clean validation errors and OpenAPI). */
export function StringEnum<const T extends readonly string[]>(values: T, options: Record<string, unknown> = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

export const FieldErrorSchema = Type.Object({
  field: Type.String(),
  rule: Type.String(),
  message: Type.String(),
});

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable code, e.g. users.not_found' }),
      message: Type.String({ description: "In the user's language" }),
      fields: Type.Optional(Type.Array(FieldErrorSchema)),
      details: Type.Optional(Type.Object({}, { additionalProperties: true })),
    }),
  },
  { $id: 'ErrorResponse', title: 'Error' },
);

/** Cursor pagination: `cursor` from the previous page's `nextCursor`. */
export const PageQuery = {
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
};

export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Nullable(Type.String()),
  });
}

export const MemberCode = Type.String({ pattern: '^[0-9]{6}$', description: 'GB/T 2260 code' });
export const Uuid = Type.String({ format: 'uuid' });
export const DateTime = Type.String({ format: 'date-time' });
export const OkResponse = Type.Object({ ok: Type.Boolean() });
