/** Meetings, minutes and their approvals, decisions with typed effects, calendar feeds (server modules meetings, decisions, calendar). */

export type MeetingType =
  | 'annual_symposium'
  | 'joint_meeting'
  | 'sg_symposium'
  | 'research_symposium'
  | 'working_group'
  | 'forum'
  | 'results_conference'
  | 'site_visit';
export const MEETING_TYPES: readonly MeetingType[] = [
  'annual_symposium',
  'joint_meeting',
  'sg_symposium',
  'research_symposium',
  'working_group',
  'forum',
  'results_conference',
  'site_visit',
];
export type MeetingTier = 'decision' | 'coordination' | 'execution';
export const MEETING_TIERS: readonly MeetingTier[] = ['decision', 'coordination', 'execution'];
export type MeetingStatus = 'planned' | 'published' | 'held' | 'cancelled';
export const MEETING_STATUSES: readonly MeetingStatus[] = ['planned', 'published', 'held', 'cancelled'];
export type ParticipantRole = 'attendee' | 'presider' | 'speaker' | 'invited_guest';
export const PARTICIPANT_ROLES: readonly ParticipantRole[] = ['attendee', 'presider', 'speaker', 'invited_guest'];
export type MinutesStatus = 'draft' | 'superseded' | 'final';
export type MinutesVerdict = 'approve' | 'request_change';

export interface Meeting {
  id: string;
  type: MeetingType;
  tier: MeetingTier;
  bodyCode: string | null;
  hostMemberCode: string | null;
  hostCityCode: string | null;
  startsAt: string;
  endsAt: string;
  venueZh: string;
  venueEn: string;
  titleZh: string;
  titleEn: string;
  themeZh: string;
  themeEn: string;
  parentMeetingId: string | null;
  status: MeetingStatus;
  isDemo: boolean;
  version: number;
}

export interface MeetingParticipant {
  id: string;
  nameZh: string;
  nameEn: string;
  titleZh: string;
  titleEn: string;
  memberCode: string | null;
  organisation: string;
  role: ParticipantRole;
}

export interface MinutesApproval {
  memberCode: string;
  verdict: MinutesVerdict;
  comment: string;
  decidedAt: string;
}

export interface MinutesVersion {
  id: string;
  revision: number;
  bodyZh: string;
  bodyEn: string;
  status: MinutesStatus;
  draftedAt: string;
  finalisedAt: string | null;
  approvals: MinutesApproval[];
}

export interface MeetingDetail extends Meeting {
  participants: MeetingParticipant[];
  agenda: { id: string; titleZh: string; titleEn: string }[];
  /** Parallel sessions and site visits that name this meeting as their main meeting. */
  sessions: Meeting[];
  /** Members whose people took part: each approves the minutes. */
  approvingMembers: string[];
  /** Every version, newest (the current one) first. */
  minutes: MinutesVersion[];
  decisions: { id: string; titleZh: string; titleEn: string; decidedAt: string; isDemo: boolean }[];
}

export interface CreateMeetingInput {
  type: MeetingType;
  tier: MeetingTier;
  bodyCode?: string | null;
  hostMemberCode?: string | null;
  hostCityCode?: string | null;
  startsAt: string;
  endsAt: string;
  venueZh?: string;
  venueEn?: string;
  titleZh: string;
  titleEn?: string;
  themeZh?: string;
  themeEn?: string;
  parentMeetingId?: string | null;
  status?: MeetingStatus;
  participants?: {
    nameZh: string;
    nameEn?: string;
    titleZh?: string;
    titleEn?: string;
    memberCode?: string | null;
    organisation?: string;
    role: ParticipantRole;
  }[];
  agenda?: { titleZh: string; titleEn?: string }[];
}

/** Any field of a meeting, naming the version read; participants and agenda, when given, replace the whole list. */
export type UpdateMeetingInput = Partial<CreateMeetingInput> & { version: number };

export interface NextHost {
  year: number;
  memberCode: string;
  order: string[];
  lastHost: { year: number; memberCode: string } | null;
}

export type DecisionEffectKind = 'adopt_plan' | 'approve_agreement' | 'resolve_matter' | 'fix_next_host' | 'create_tasks';
export const DECISION_EFFECT_KINDS: readonly DecisionEffectKind[] = ['adopt_plan', 'approve_agreement', 'resolve_matter', 'fix_next_host', 'create_tasks'];

export interface DecisionTaskInput {
  code: string;
  titleZh: string;
  titleEn?: string;
  leadMemberCode: string;
  participantMemberCodes?: string[];
  focusAreaId?: string | null;
  startDate?: string | null;
  dueDate?: string | null;
}

export type DecisionEffectInput =
  | { kind: 'adopt_plan'; planId: string; to: 'adopted_in_principle' | 'adopted' | 'in_force'; note?: string }
  | { kind: 'approve_agreement'; agreementId: string }
  | { kind: 'resolve_matter'; matterId: string; note?: string }
  | { kind: 'fix_next_host'; year: number; memberCode: string; cityCode?: string | null }
  | { kind: 'create_tasks'; planId: string; tasks: DecisionTaskInput[] };

export interface CreateDecisionInput {
  titleZh: string;
  titleEn?: string;
  bodyZh?: string;
  bodyEn?: string;
  decidedAt?: string;
  effects: DecisionEffectInput[];
}

export interface DecisionEffect {
  kind: DecisionEffectKind;
  planId: string | null;
  agreementId: string | null;
  matterId: string | null;
  hostMemberCode: string | null;
  hostYear: number | null;
  taskIds: string[];
}

export interface DecisionTask {
  id: string;
  code: string;
  titleZh: string;
  titleEn: string;
  leadMemberCode: string;
  status: string;
  progress: number;
  dueDate: string | null;
}

export interface DecisionDetail {
  id: string;
  meetingId: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  decidedAt: string;
  isDemo: boolean;
  effects: DecisionEffect[];
  tasks: DecisionTask[];
  implementation: { taskCount: number; completed: number; progress: number | null; byStatus: Record<string, number> };
}

export interface CalendarToken {
  token: string;
  /** The feed's path on this server, e.g. /api/v1/calendar/feeds/<token>. */
  path: string;
}

/** A row of the decision list (GET /decisions): implementation by the published rule. */
export interface DecisionListItem {
  id: string;
  meetingId: string;
  meetingTitleZh: string;
  meetingTitleEn: string;
  titleZh: string;
  titleEn: string;
  decidedAt: string;
  isDemo: boolean;
  effectKinds: DecisionEffectKind[];
  taskCount: number;
  completedTasks: number;
  implemented: boolean;
}

export interface DecisionFilters {
  year?: number;
  implemented?: boolean;
  meetingId?: string;
}
