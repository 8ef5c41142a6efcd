import type { RoleName } from '../../api/types.ts';

/** The publication step is the Office's alone (server publicationsPolicies). */
export const PUBLICATION_ACCESS = { manage: ['office'] } as const satisfies Record<string, readonly RoleName[]>;
