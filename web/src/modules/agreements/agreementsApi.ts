import { api, fetchAllPages } from '../../api/client.ts';
import type { ApiResult } from '../../api/openapi.ts';
import type { Agreement, AgreementDetail, AgreementStatus, CreateAgreementInput, Page, SigningMeeting } from '../../api/types.ts';

const id = (value: string) => encodeURIComponent(value);

/** Agreements per page of the list ("load more" reads the next). */
export const AGREEMENT_PAGE_SIZE = 50;

export const agreementsApi = {
  /** One page of agreements, newest first, with their parties; `cursor` is the previous page's nextCursor. */
  list: (status: AgreementStatus | undefined, cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<Agreement>>('/api/v1/agreements', { status, limit: AGREEMENT_PAGE_SIZE, cursor }, signal),
  get: (agreementId: string, signal?: AbortSignal) => api.get<AgreementDetail>(`/api/v1/agreements/${id(agreementId)}`, undefined, signal),
  create: (input: CreateAgreementInput) => api.post<ApiResult<'agreements.create'>>('/api/v1/agreements', input),
  transition: (agreementId: string, input: { to: AgreementStatus; version: number }) =>
    api.post<AgreementDetail>(`/api/v1/agreements/${id(agreementId)}/transitions`, input),
  meeting: (meetingId: string, signal?: AbortSignal) => api.get<SigningMeeting>(`/api/v1/meetings/${id(meetingId)}`, undefined, signal),
  /** Meetings an agreement may have been signed at, newest first: every page of the (date-ordered) list. */
  meetings: (signal?: AbortSignal) =>
    fetchAllPages<SigningMeeting>('/api/v1/meetings', {}, signal).then((items) => [...items].sort((a, b) => b.startsAt.localeCompare(a.startsAt))),
};
