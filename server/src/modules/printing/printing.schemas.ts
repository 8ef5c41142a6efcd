import { Type } from 'typebox';
import { StringEnum } from '../../shared/schemas.ts';
import { PRINT_FORMATS, PRINT_KINDS } from './printing.kinds.ts';

export const PrintRequestBody = Type.Object(
  {
    kind: StringEnum(PRINT_KINDS, { description: 'What to print (the registry in printing.kinds.ts)' }),
    params: Type.Record(Type.String(), Type.String({ maxLength: 200 }), {
      maxProperties: 10,
      description: 'The record to print, e.g. { "taskId": "…" } (each kind names its parameters)',
    }),
    lang: Type.Optional(StringEnum(['zh-CN', 'en'] as const, { description: "The document's language (default: the user's)" })),
    format: Type.Optional(StringEnum(PRINT_FORMATS, { description: 'pdf (default; every kind) or docx (Word: the results reports)' })),
  },
  { additionalProperties: false },
);

export const PrintAccepted = Type.Object({
  id: Type.String({ format: 'uuid' }),
  state: Type.Literal('queued'),
  statusUrl: Type.String(),
  pdfUrl: Type.String({ description: 'The PDF (PDF jobs only; kept for older clients)' }),
  fileUrl: Type.String({ description: 'The finished file, PDF or Word' }),
});

export const PrintIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export const PrintStatus = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.String(),
  params: Type.Record(Type.String(), Type.String()),
  lang: StringEnum(['zh-CN', 'en'] as const),
  format: StringEnum(PRINT_FORMATS),
  state: StringEnum(['queued', 'loading', 'rendering', 'done', 'failed'] as const),
  progress: Type.Integer({ minimum: 0, maximum: 100, description: 'Percent: reading the record, then rendering the PDF; 100 once the PDF is ready' }),
  title: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  error: Type.Union([Type.Object({ code: Type.String(), message: Type.String() }), Type.Null()]),
});
