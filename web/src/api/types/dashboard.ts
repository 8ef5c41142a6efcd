/** The leaders' dashboard: the year's headline figures with their drill-downs (server module dashboard). */
import type { WorkStatus } from './tasks.ts';

/** A count and the list that shows exactly the records counted. */
export interface DashboardFigure {
  value: number;
  /** How many of the counted records are demo data. */
  demo: number;
  /** Web path and query of the list screen. */
  drill: string;
  /** The same list on the API. */
  api: string;
}

export interface StatusSegment {
  status: WorkStatus;
  value: number;
  demo: number;
  drill: string;
  api: string;
}

interface Breakdown {
  total: DashboardFigure;
  /** 0–100; null when nothing is counted. */
  meanProgress: number | null;
  statuses: StatusSegment[];
}

export interface AreaProgress extends Breakdown {
  /** null: tasks without a focus area. */
  areaId: string | null;
  code: string | null;
  nameZh: string;
  nameEn: string;
}

export interface MemberProgress extends Breakdown {
  memberCode: string;
  nameZh: string;
  nameEn: string;
  shortZh: string;
  shortEn: string;
}

export interface BilingualRule {
  zh: string;
  en: string;
}

export interface DashboardSummary {
  year: number;
  /** YYYY-MM-DD in the region's time zone. */
  today: string;
  tasks: Record<'total' | 'completed' | 'onTrack' | 'behind' | 'notStarted' | 'overdue', DashboardFigure>;
  reports: Record<'accepted' | 'acceptedOnTime', DashboardFigure>;
  matters: Record<'resolved', DashboardFigure>;
  decisions: Record<'total' | 'implemented', DashboardFigure>;
  byArea: AreaProgress[];
  byMember: MemberProgress[];
  rules: Record<'tasks' | 'reports' | 'matters' | 'decisions' | 'byArea' | 'byMember', BilingualRule>;
}
