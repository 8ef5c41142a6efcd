import { Type } from 'typebox';
import { DateTime, Nullable, Uuid } from '../../shared/schemas.ts';

export const IdParams = Type.Object({ id: Uuid });

export const DocumentSchema = Type.Object({
  id: Uuid,
  meetingId: Nullable(Uuid),
  agreementId: Nullable(Uuid),
  projectId: Nullable(Uuid),
  titleZh: Type.String(),
  titleEn: Type.String(),
  fileName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedBy: Nullable(Type.String()),
  uploadedAt: DateTime,
  isDemo: Type.Boolean(),
});
export const DocumentList = Type.Object({ items: Type.Array(DocumentSchema) });
export const DeletedResponse = Type.Object({ id: Uuid });
