import type { RoleName } from '../../api/types.ts';

/** API tokens are credentials: administrators only (server tokensPolicies.manage). */
export const TOKEN_ACCESS = { manage: ['admin'] } as const satisfies Record<string, readonly RoleName[]>;
