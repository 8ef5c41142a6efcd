/** Major matters: raised by a member or working group, escalated tier by tier until a decision resolves them (server module matters). */

export type MatterTier = 'execution' | 'coordination' | 'decision';
/** Bottom to top: the order in which a matter goes up. */
export const MATTER_TIERS: readonly MatterTier[] = ['execution', 'coordination', 'decision'];
export type MatterStatus = 'open' | 'resolved' | 'withdrawn';
export const MATTER_STATUSES: readonly MatterStatus[] = ['open', 'resolved', 'withdrawn'];
export type MatterUrgency = 'high' | 'normal' | 'low';
export const MATTER_URGENCIES: readonly MatterUrgency[] = ['high', 'normal', 'low'];
export type MatterEventKind = 'raised' | 'coordinated' | 'escalated' | 'de_escalated' | 'auto_escalated' | 'resolved' | 'withdrawn' | 'comment';

export interface Matter {
  id: string;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  raisedByMemberCode: string | null;
  raisedByBodyCode: string | null;
  focusAreaId: string | null;
  urgency: MatterUrgency;
  tier: MatterTier;
  status: MatterStatus;
  /** The deadline set when the matter reached each tier (null for a tier it has not reached). */
  deadlines: Record<MatterTier, string | null>;
  resolvedByDecisionId: string | null;
  raisedAt: string;
  /** Labelled demo data (the demo loader's records). */
  isDemo: boolean;
  version: number;
  /** The members party to the matter: the raising member and the affected ones. */
  memberCodes: string[];
}

export interface MatterEvent {
  kind: MatterEventKind | string;
  fromTier: MatterTier | null;
  toTier: MatterTier | null;
  /** The reason of an escalation, the note of a coordination step, the decision's note on resolution. */
  reason: string;
  decisionId: string | null;
  actorUsername: string;
  /** The actor's display name; null for the system. */
  actorDisplayName: string | null;
  /** Title of the decision, when decisionId is set. */
  decisionTitleZh: string | null;
  decisionTitleEn: string | null;
  occurredAt: string;
}

export interface MatterDetail extends Matter {
  timeline: MatterEvent[];
}

export interface BoardMatter extends Matter {
  ageDays: number;
  overdue: boolean;
}

export interface MatterBoard {
  /** `total`: open matters at the tier in all; the board lists at most 1000 (the oldest). */
  tiers: { tier: MatterTier; total: number; matters: BoardMatter[] }[];
}

export interface MatterFilters {
  status?: MatterStatus;
  tier?: MatterTier;
  memberCode?: string;
  /** Resolved by a decision taken in this year (the dashboard's drill-down). */
  resolvedYear?: number;
}

export interface RaiseMatterInput {
  titleZh: string;
  titleEn?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  raisedByMemberCode?: string | null;
  raisedByBodyCode?: string | null;
  affectedMemberCodes: string[];
  focusAreaId?: string | null;
  urgency?: MatterUrgency;
}

/** What the matter page shows of the decision that resolved it (GET /api/v1/decisions/:id). */
export interface ResolvingDecision {
  id: string;
  meetingId: string;
  titleZh: string;
  titleEn: string;
  decidedAt: string;
}
