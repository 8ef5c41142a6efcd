import type { AgreementStatus } from '../../db/schema.ts';

export const AGREEMENT_TRANSITIONS: Record<AgreementStatus, AgreementStatus[]> = {
  draft: ['signed', 'terminated'],
  signed: ['in_force', 'terminated'],
  in_force: ['expired', 'terminated'],
  expired: [],
  terminated: [],
};

/** How long before the end of its term an agreement's parties are alerted (once). */
export const EXPIRY_ALERT_DAYS = 30;
