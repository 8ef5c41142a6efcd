/** The supervision board and scan (server module supervision). */

export type BoardColour = 'red' | 'yellow' | 'green' | 'empty';

export interface BoardCell {
  areaId: string | null;
  memberCode: string;
  total: number;
  red: number;
  yellow: number;
  none: number;
  colour: BoardColour;
  /**
   * The task-list filters that show the tasks behind the cell's colour (red: the red count, yellow_only: the yellow
   * count, none: a green cell's tasks); areaId is 'none' for tasks without a focus area.
   */
  filters: { planId: string | null; areaId: string; memberCode: string; flag: 'red' | 'yellow_only' | 'none' | null };
}

export interface Board {
  planId: string | null;
  areas: { id: string | null; code: string | null; nameZh: string; nameEn: string }[];
  members: { code: string; nameZh: string; nameEn: string; shortZh: string; shortEn: string }[];
  cells: BoardCell[];
  rule: { zh: string; en: string };
}

export interface ScanResult {
  today: string;
  raised: number;
  resolved: number;
  escalated: number;
  severityChanged: number;
  notifications: number;
  openRed: number;
  openYellow: number;
}
