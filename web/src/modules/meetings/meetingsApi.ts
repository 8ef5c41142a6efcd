import { api, fetchAllPages } from '../../api/client.ts';
import type { ApiQuery, ApiResult } from '../../api/openapi.ts';
import type {
  CalendarToken,
  CreateDecisionInput,
  CreateMeetingInput,
  DecisionDetail,
  Meeting,
  MeetingDetail,
  MinutesVerdict,
  NextHost,
  Page,
  UpdateMeetingInput,
} from '../../api/types.ts';

const id = (value: string) => encodeURIComponent(value);

/** What a decision form needs of an agreement or a major matter to offer it (their own screens read more). */
export interface EffectTarget {
  id: string;
  titleZh: string;
  titleEn: string;
  status: string;
}

/** The meeting list's filters (its order and paging are the client's). */
export type MeetingQuery = Omit<ApiQuery<'meetings.list'>, 'order' | 'cursor' | 'limit'>;

/** Meetings per page of the list ("load more" reads the next). */
export const MEETING_PAGE_SIZE = 200;

export const meetingsApi = {
  /** One page of meetings, newest first (the list); `cursor` is the previous page's nextCursor. */
  newestFirst: (query: MeetingQuery, cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<Meeting>>('/api/v1/meetings', { ...query, order: 'desc', limit: MEETING_PAGE_SIZE, cursor }, signal),
  /** Every meeting of the query in date order, page after page (a calendar's range, the main-meeting picker). */
  all: (query: MeetingQuery, signal?: AbortSignal) => fetchAllPages<Meeting>('/api/v1/meetings', { ...query }, signal),
  get: (meetingId: string, signal?: AbortSignal) => api.get<MeetingDetail>(`/api/v1/meetings/${id(meetingId)}`, undefined, signal),
  create: (input: CreateMeetingInput) => api.post<ApiResult<'meetings.create'>>('/api/v1/meetings', input),
  update: (meetingId: string, input: UpdateMeetingInput) => api.patch<MeetingDetail>(`/api/v1/meetings/${id(meetingId)}`, input),
  draftMinutes: (meetingId: string, input: { bodyZh: string; bodyEn?: string }) =>
    api.post<MeetingDetail>(`/api/v1/meetings/${id(meetingId)}/minutes`, input),
  decideMinutes: (meetingId: string, input: { memberCode: string; verdict: MinutesVerdict; comment?: string }) =>
    api.post<MeetingDetail>(`/api/v1/meetings/${id(meetingId)}/minutes/verdicts`, input),
  finaliseMinutes: (meetingId: string) => api.post<MeetingDetail>(`/api/v1/meetings/${id(meetingId)}/minutes/finalise`),
  nextHost: (signal?: AbortSignal) => api.get<NextHost>('/api/v1/host-rotation/next', undefined, signal),
  recordDecision: (meetingId: string, input: CreateDecisionInput) => api.post<ApiResult<'decisions.create'>>(`/api/v1/meetings/${id(meetingId)}/decisions`, input),
  decision: (decisionId: string, signal?: AbortSignal) => api.get<DecisionDetail>(`/api/v1/decisions/${id(decisionId)}`, undefined, signal),
  /** Draft agreements: the ones a decision can approve. */
  draftAgreements: (signal?: AbortSignal) => fetchAllPages<EffectTarget>('/api/v1/agreements', { status: 'draft' }, signal),
  /** Open major matters: the ones a decision can resolve. */
  openMatters: (signal?: AbortSignal) => fetchAllPages<EffectTarget>('/api/v1/matters', { status: 'open' }, signal),
  /** A new secret address of my calendar feed (the previous one stops working). */
  calendarToken: () => api.post<CalendarToken>('/api/v1/calendar/token'),
};

export const PUBLISHED_FEED_PATH = '/api/v1/calendar/published.ics';
