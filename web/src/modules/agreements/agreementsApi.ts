import { api } from '../../api/client.ts';
import type { Agreement, AgreementDetail, AgreementStatus, CreateAgreementInput, SigningMeeting } from '../../api/types.ts';

const id = (value: string) => encodeURIComponent(value);

export const agreementsApi = {
  list: (status: AgreementStatus | undefined, signal?: AbortSignal) =>
    api.get<{ items: Agreement[] }>('/api/v1/agreements', { status, limit: 500 }, signal).then((r) => r.items),
  get: (agreementId: string, signal?: AbortSignal) => api.get<AgreementDetail>(`/api/v1/agreements/${id(agreementId)}`, undefined, signal),
  create: (input: CreateAgreementInput) => api.post<{ id: string }>('/api/v1/agreements', input),
  transition: (agreementId: string, input: { to: AgreementStatus; version: number }) =>
    api.post<AgreementDetail>(`/api/v1/agreements/${id(agreementId)}/transitions`, input),
  meeting: (meetingId: string, signal?: AbortSignal) => api.get<SigningMeeting>(`/api/v1/meetings/${id(meetingId)}`, undefined, signal),
  /** Meetings an agreement may have been signed at, newest first. */
  meetings: (signal?: AbortSignal) =>
    api.get<{ items: SigningMeeting[] }>('/api/v1/meetings', { limit: 500 }, signal).then((r) => [...r.items].sort((a, b) => b.startsAt.localeCompare(a.startsAt))),
};
