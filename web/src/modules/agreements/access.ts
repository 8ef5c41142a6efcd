/** Agreements (server: agreements.policies.ts): every work role reads them; the Office keeps them. */
import type { RoleName } from '../../api/types.ts';

export const AGREEMENT_ACCESS = {
  read: ['office', 'liaison', 'editor', 'observer'],
  manage: ['office'],
} as const satisfies Record<string, readonly RoleName[]>;
