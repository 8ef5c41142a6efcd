import { api } from '../../api/client.ts';
import type { ApiResult } from '../../api/openapi.ts';
import type { DocumentOwnerKind, StoredDocument } from '../../api/types.ts';
import { uploadWithProgress } from '../excel/transfer.ts';

const id = (value: string) => encodeURIComponent(value);

export const documentsApi = {
  list: (owner: DocumentOwnerKind, ownerId: string, signal?: AbortSignal) =>
    api.get<ApiResult<'documents.listForMeeting'>>(`/api/v1/${owner}/${id(ownerId)}/documents`, undefined, signal).then((r) => r.items),
  upload: (owner: DocumentOwnerKind, ownerId: string, file: File, title: { titleZh?: string; titleEn?: string }, onProgress: (percent: number) => void) => {
    const form = new FormData();
    if (title.titleZh) form.append('titleZh', title.titleZh);
    if (title.titleEn) form.append('titleEn', title.titleEn);
    form.append('file', file, file.name);
    return uploadWithProgress<StoredDocument>({ url: `/api/v1/${owner}/${id(ownerId)}/documents`, body: form, onProgress }).then((r) => r.data);
  },
  remove: (documentId: string) => api.delete<ApiResult<'documents.delete'>>(`/api/v1/documents/${id(documentId)}`),
  downloadUrl: (documentId: string) => `/api/v1/documents/${id(documentId)}`,
};
