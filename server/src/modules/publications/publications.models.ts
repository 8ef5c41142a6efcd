import type { DisclosureLevel, PublicationState, PublicationStep } from '../../db/schema.ts';

/** Record kinds that have a projector (publications.projectors.ts). */
export const PUBLISHABLE_KINDS = ['plan', 'task', 'meeting', 'decision', 'agreement', 'indicator', 'service', 'project', 'risk'] as const;
export const DISCLOSURE_LEVELS: readonly DisclosureLevel[] = ['internal', 'inter_government', 'public'];
export const PUBLICATION_STATES: readonly PublicationState[] = ['draft', 'approved', 'published', 'withdrawn'];

/** The steps, by target state: approved → draft reopens (the frozen text is dropped); withdrawn is final for this row. */
export const PUBLICATION_TRANSITIONS: Record<PublicationState, PublicationState[]> = {
  draft: ['approved', 'withdrawn'],
  approved: ['published', 'draft', 'withdrawn'],
  published: ['withdrawn'],
  withdrawn: [],
};

export const STEP_OF: Record<PublicationState, PublicationStep> = { draft: 'reopen', approved: 'approve', published: 'publish', withdrawn: 'withdraw' };

/** A code with its display names (members, cities, bodies, indicator scopes). */
export interface NamedCode { code: string; nameZh: string; nameEn: string }

/** One row of a list in a projection (agenda items, clauses, shares, milestones, participants, decisions…). */
export interface SnapshotRow {
  zh: string; en: string;
  detailZh?: string; detailEn?: string;
  status?: string | null; progress?: number | null; date?: string | null;
}

/**
 * The public projection of a record, frozen into the publication at approval. It holds only public
 * fields: titles, summaries, dates, members/cities/bodies by code and name, status and progress
 * figures. Never an e-mail, phone, username or user id; free text is scrubbed of anything shaped like them.
 */
export interface PublicSnapshot {
  kind: string;
  code: string | null;
  titleZh: string; titleEn: string;
  summaryZh: string; summaryEn: string;
  /** The record's main date (YYYY-MM-DD), for ordering and display. */
  date: string | null;
  endDate: string | null;
  status: string | null;
  progress: number | null;
  members: NamedCode[]; cities: NamedCode[]; bodies: NamedCode[];
  /** Lists under a heading key the portal translates (e.g. 'agenda', 'clauses'). */
  sections: { key: string; rows: SnapshotRow[] }[];
  /** Indicators: values by scope and period, and the city map of the latest year. */
  series?: { unitZh: string; unitEn: string; periods: string[]; lines: (NamedCode & { values: (number | null)[] })[] };
  map?: { year: number | null; values: (NamedCode & { value: number })[] };
}

/** A projection's empty fields, filled in by each kind's projector. */
export const snapshotBase = (kind: string): Omit<PublicSnapshot, 'titleZh' | 'titleEn'> => ({
  kind, code: null, summaryZh: '', summaryEn: '', date: null, endDate: null, status: null, progress: null, members: [], cities: [], bodies: [], sections: [],
});

/** The named codes found (a missing member or city drops out). */
export const present = <T>(xs: (T | null)[]) => xs.filter((x): x is T => x !== null);
