/** What the global search looks through, in the order results are shown. */
export const SEARCH_KINDS = ['task', 'plan', 'meeting', 'decision', 'agreement', 'matter', 'document', 'service', 'project', 'risk'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const DEFAULT_PER_KIND = 8;
export const MAX_PER_KIND = 50;

export interface SearchHit {
  kind: SearchKind;
  id: string;
  titleZh: string;
  titleEn: string;
  code: string | null;
  status: string | null;
  isDemo: boolean;
  /** Where the web UI shows the record (a document: its meeting's or agreement's page). */
  link: string;
}
