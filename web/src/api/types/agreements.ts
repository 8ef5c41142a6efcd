/** Agreements: parties, clauses linked to the tasks that carry them out, lifecycle and expiry alerts (server module agreements). */

export type AgreementStatus = 'draft' | 'signed' | 'in_force' | 'expired' | 'terminated';
export const AGREEMENT_STATUSES: readonly AgreementStatus[] = ['draft', 'signed', 'in_force', 'expired', 'terminated'];
/** The steps the server allows from each status (agreements.models.ts); the server enforces them. */
export const AGREEMENT_TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['signed', 'terminated'],
  signed: ['in_force', 'terminated'],
  in_force: ['expired', 'terminated'],
  expired: [],
  terminated: [],
};

export interface Agreement {
  id: string;
  titleZh: string;
  titleEn: string;
  meetingId: string | null;
  signedOn: string | null;
  termStart: string | null;
  termEnd: string | null;
  status: AgreementStatus;
  /** When the parties were alerted that the term is running out (once, 30 days before). */
  expiryAlertSentAt: string | null;
  isDemo: boolean;
  version: number;
  parties: AgreementParty[];
}

/** A party is one member or one body. */
export interface AgreementParty {
  memberCode: string | null;
  bodyCode: string | null;
}

export interface ClauseTask {
  id: string;
  code: string;
  titleZh: string;
  titleEn: string;
  status: string;
  progress: number;
}

export interface AgreementClause {
  id: string;
  textZh: string;
  textEn: string;
  tasks: ClauseTask[];
}

export interface AgreementDetail extends Agreement {
  clauses: AgreementClause[];
}

export interface CreateAgreementInput {
  titleZh: string;
  titleEn?: string;
  meetingId?: string | null;
  signedOn?: string | null;
  termStart?: string | null;
  termEnd?: string | null;
  status?: 'draft' | 'signed' | 'in_force';
  parties: { memberCode?: string | null; bodyCode?: string | null }[];
  clauses?: { textZh: string; textEn?: string; taskIds?: string[] }[];
}

/** What the agreement form needs of a meeting (GET /api/v1/meetings): enough to name it. */
export interface SigningMeeting {
  id: string;
  type: string;
  tier: string;
  titleZh: string;
  titleEn: string;
  startsAt: string;
  status: string;
}
