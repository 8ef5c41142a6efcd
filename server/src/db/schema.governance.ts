import type { ColumnType, Generated } from 'kysely';
import type { GeneratedTimestamp, Timestamp } from './schema.ts';

/** The governance tables (migration 0006): meetings, minutes, decisions, agreements, major matters. */
export type MeetingType =
  | 'annual_symposium' | 'joint_meeting' | 'sg_symposium' | 'research_symposium'
  | 'working_group' | 'forum' | 'results_conference' | 'site_visit';
export type MeetingTier = 'decision' | 'coordination' | 'execution';
export type MeetingStatus = 'planned' | 'published' | 'held' | 'cancelled';
export type ParticipantRole = 'attendee' | 'presider' | 'speaker' | 'invited_guest';
export type MinutesStatus = 'draft' | 'superseded' | 'final';
export type MinutesVerdict = 'approve' | 'request_change';
export type DecisionEffectKind = 'adopt_plan' | 'approve_agreement' | 'resolve_matter' | 'fix_next_host' | 'create_tasks';
export type AgreementStatus = 'draft' | 'signed' | 'in_force' | 'expired' | 'terminated';
export type MatterStatus = 'open' | 'resolved' | 'withdrawn';
export type MatterEventKind = 'raised' | 'coordinated' | 'escalated' | 'de_escalated' | 'auto_escalated' | 'resolved' | 'withdrawn' | 'comment';
type DateOnly = ColumnType<string, string, string>;
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface MeetingsTable {
  id: Generated<string>;
  type: MeetingType;
  tier: MeetingTier;
  body_code: string | null;
  host_member_code: string | null;
  host_city_code: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  venue_zh: Generated<string>;
  venue_en: Generated<string>;
  title_zh: string;
  title_en: Generated<string>;
  theme_zh: Generated<string>;
  theme_en: Generated<string>;
  parent_meeting_id: string | null;
  record_key: ColumnType<string | null, string | null | undefined, string | null>;
  /** False when the record gives the day but not the time (starts_at/ends_at then nominal; migration 0030). */
  time_of_day_known: Generated<boolean>;
  status: Generated<MeetingStatus>;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  /** iCalendar SEQUENCE: counted by a trigger on each change of time, place, title or status (migration 0019). */
  ical_sequence: Generated<number>;
  /** Has been in the published feed; set by the same trigger, never unset. */
  ical_public: Generated<boolean>;
}

export interface MeetingParticipantsTable {
  id: Generated<string>;
  meeting_id: string;
  name_zh: string;
  name_en: Generated<string>;
  title_zh: Generated<string>;
  title_en: Generated<string>;
  member_code: string | null;
  organisation: Generated<string>;
  role: ParticipantRole;
  sort_order: Generated<number>;
}

export interface AgendaItemsTable {
  id: Generated<string>;
  meeting_id: string;
  title_zh: string;
  title_en: Generated<string>;
  sort_order: Generated<number>;
}

export interface MinutesVersionsTable {
  id: Generated<string>;
  meeting_id: string;
  revision: number;
  body_zh: string;
  body_en: Generated<string>;
  status: Generated<MinutesStatus>;
  drafted_by: string | null;
  drafted_at: Timestamp;
  finalised_at: Timestamp | null;
}

export interface MinutesApprovalsTable {
  id: Generated<string>;
  minutes_version_id: string;
  member_code: string;
  verdict: MinutesVerdict;
  comment: Generated<string>;
  decided_by: string | null;
  decided_at: Timestamp;
}

export interface DecisionsTable {
  id: Generated<string>;
  meeting_id: string;
  title_zh: string;
  title_en: Generated<string>;
  body_zh: Generated<string>;
  body_en: Generated<string>;
  decided_at: Timestamp;
  /** False when the record gives the day but not the time (decided_at then nominal; migration 0030). */
  time_of_day_known: Generated<boolean>;
  is_demo: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface DecisionEffectsTable {
  id: Generated<string>;
  decision_id: string;
  kind: DecisionEffectKind;
  params: Json;
  plan_id: string | null;
  agreement_id: string | null;
  matter_id: string | null;
  host_member_code: string | null;
  host_year: number | null;
  task_ids: Generated<string[]>;
  sort_order: Generated<number>;
}

export interface AgreementsTable {
  id: Generated<string>;
  title_zh: string;
  title_en: Generated<string>;
  meeting_id: string | null;
  signed_on: DateOnly | null;
  term_start: DateOnly | null;
  term_end: DateOnly | null;
  status: Generated<AgreementStatus>;
  expiry_alert_sent_at: Timestamp | null;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface AgreementPartiesTable {
  agreement_id: string;
  party_key: string;
  member_code: string | null;
  body_code: string | null;
}

export interface AgreementClausesTable {
  id: Generated<string>;
  agreement_id: string;
  text_zh: string;
  text_en: Generated<string>;
  task_ids: Generated<string[]>;
  sort_order: Generated<number>;
}

export interface MajorMattersTable {
  id: Generated<string>;
  title_zh: string;
  title_en: Generated<string>;
  description_zh: Generated<string>;
  description_en: Generated<string>;
  raised_by_member_code: string | null;
  raised_by_body_code: string | null;
  focus_area_id: string | null;
  urgency: Generated<'high' | 'normal' | 'low'>;
  tier: Generated<MeetingTier>;
  execution_deadline: Timestamp | null;
  coordination_deadline: Timestamp | null;
  decision_deadline: Timestamp | null;
  status: Generated<MatterStatus>;
  resolved_by_decision_id: string | null;
  raised_at: Timestamp;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  updated_at: GeneratedTimestamp;
}

export interface MatterMembersTable {
  matter_id: string;
  member_code: string;
}

export interface MatterEventsTable {
  id: Generated<string>;
  seq: ColumnType<string, never, never>;
  matter_id: string;
  kind: MatterEventKind;
  from_tier: string | null;
  to_tier: string | null;
  reason: Generated<string>;
  decision_id: string | null;
  actor_user_id: string | null;
  actor_username: string;
  occurred_at: Timestamp;
}

export interface HostAssignmentsTable {
  year: number;
  member_code: string;
  city_code: string | null;
  decision_id: string | null;
  recorded_at: Timestamp;
}

export interface CalendarFeedTokensTable {
  user_id: string;
  token_hash: Buffer;
  created_at: Timestamp;
}

/** Merged into Database in schema.ts. */
/** Migration 0007: a document belongs to exactly one meeting or agreement. */
export interface DocumentsTable {
  id: Generated<string>;
  meeting_id: string | null;
  agreement_id: string | null;
  /** Optional on insert: documents of meetings and agreements leave it out. */
  project_id: Generated<string | null>;
  title_zh: Generated<string>;
  title_en: Generated<string>;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
  is_demo: Generated<boolean>;
}

export interface GovernanceTables {
  meetings: MeetingsTable;
  meeting_participants: MeetingParticipantsTable;
  agenda_items: AgendaItemsTable;
  minutes_versions: MinutesVersionsTable;
  minutes_approvals: MinutesApprovalsTable;
  decisions: DecisionsTable;
  decision_effects: DecisionEffectsTable;
  agreements: AgreementsTable;
  agreement_parties: AgreementPartiesTable;
  agreement_clauses: AgreementClausesTable;
  major_matters: MajorMattersTable;
  matter_members: MatterMembersTable;
  matter_events: MatterEventsTable;
  host_assignments: HostAssignmentsTable;
  calendar_feed_tokens: CalendarFeedTokensTable;
  documents: DocumentsTable;
}
