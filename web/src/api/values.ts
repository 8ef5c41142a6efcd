/**
 * The values of the API's enumerations that screens list (filters, selects,
 * lifecycles), in display order. Each list is checked against the generated
 * type it enumerates: a value the server adds or drops fails the type check
 * here instead of silently missing from a select.
 */
import type {
  AgreementStatus,
  AuditOutcome,
  DecisionEffectKind,
  IndicatorFrequency,
  IndicatorLevel,
  Locale,
  MatterStatus,
  MatterTier,
  MatterUrgency,
  MeetingStatus,
  MeetingTier,
  MeetingType,
  ObservationStatus,
  ParticipantRole,
  PlanKind,
  PlanStatus,
  Priority,
  RoleName,
  Tier,
  WorkStatus,
} from './types.ts';

/** Every value of T, each once: a missing one is a type error naming it. */
function allOf<T extends string>() {
  return <const L extends readonly T[]>(values: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })): readonly T[] =>
    values;
}

export const LOCALES = allOf<Locale>()(['zh-CN', 'en']);
export const ROLE_NAMES = allOf<RoleName>()(['admin', 'office', 'liaison', 'editor', 'observer']);
/** Roles that act for one member and so need exactly one memberCode. */
export const MEMBER_SCOPED_ROLES: readonly RoleName[] = ['liaison', 'editor'];

export const TIERS = allOf<Tier>()(['decision', 'coordination', 'execution', 'observer']);
export const AUDIT_OUTCOMES = allOf<AuditOutcome>()(['success', 'denied', 'failure']);

export const PLAN_KINDS = allOf<PlanKind>()(['three_year', 'annual', 'implementation']);
/** The lifecycle in order; "adopted in principle" may be skipped, nothing goes back. */
export const PLAN_STATUSES = allOf<PlanStatus>()(['draft', 'adopted_in_principle', 'adopted', 'in_force', 'closed']);

export const WORK_STATUSES = allOf<WorkStatus>()(['not_started', 'on_track', 'at_risk', 'delayed', 'completed']);
export const PRIORITIES = allOf<Priority>()(['high', 'normal', 'low']);

export const MEETING_TYPES = allOf<MeetingType>()([
  'annual_symposium',
  'joint_meeting',
  'sg_symposium',
  'research_symposium',
  'working_group',
  'forum',
  'results_conference',
  'site_visit',
]);
export const MEETING_TIERS = allOf<MeetingTier>()(['decision', 'coordination', 'execution']);
export const MEETING_STATUSES = allOf<MeetingStatus>()(['planned', 'published', 'held', 'cancelled']);
export const PARTICIPANT_ROLES = allOf<ParticipantRole>()(['attendee', 'presider', 'speaker', 'invited_guest']);
export const DECISION_EFFECT_KINDS = allOf<DecisionEffectKind>()(['adopt_plan', 'approve_agreement', 'resolve_matter', 'fix_next_host', 'create_tasks']);

/** Bottom to top: the order in which a matter goes up. */
export const MATTER_TIERS = allOf<MatterTier>()(['execution', 'coordination', 'decision']);
export const MATTER_STATUSES = allOf<MatterStatus>()(['open', 'resolved', 'withdrawn']);
export const MATTER_URGENCIES = allOf<MatterUrgency>()(['high', 'normal', 'low']);

export const AGREEMENT_STATUSES = allOf<AgreementStatus>()(['draft', 'signed', 'in_force', 'expired', 'terminated']);
/** The steps the server allows from each status (agreements.models.ts); the server enforces them. */
export const AGREEMENT_TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['signed', 'terminated'],
  signed: ['in_force', 'terminated'],
  in_force: ['expired', 'terminated'],
  expired: [],
  terminated: [],
};

export const INDICATOR_LEVELS = allOf<IndicatorLevel>()(['region', 'member', 'city']);
export const INDICATOR_FREQUENCIES = allOf<IndicatorFrequency>()(['monthly', 'quarterly', 'yearly']);
export const OBSERVATION_STATUSES = allOf<ObservationStatus>()(['provisional', 'final']);

/**
 * Narrows a value the server documents only as a string (e.g. a plan transition's
 * statuses, a baseline row's status) to one of a known list, so screens can still
 * label it and show an unknown value as it is instead of assuming.
 */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
