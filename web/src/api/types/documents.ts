/** Documents of meetings and agreements (server/src/modules/documents/documents.schemas.ts). */
export type DocumentOwnerKind = 'meetings' | 'agreements';

export interface StoredDocument {
  id: string;
  meetingId: string | null;
  agreementId: string | null;
  titleZh: string;
  titleEn: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
  isDemo: boolean;
}
