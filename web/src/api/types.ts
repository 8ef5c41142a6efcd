/**
 * Shapes of the API's answers, mirroring server/src/modules/*\/*.schemas.ts:
 * one file per server module under types/, all re-exported here so screens
 * import from one place. Kept by hand: the server is the source of truth;
 * change both together.
 */
export * from './types/common.ts';
export * from './types/auth.ts';
export * from './types/region.ts';
export * from './types/users.ts';
export * from './types/audit.ts';
export * from './types/plans.ts';
export * from './types/tasks.ts';
export * from './types/reports.ts';
export * from './types/supervision.ts';
export * from './types/notifications.ts';
export * from './types/excel.ts';
export * from './types/meetings.ts';
export * from './types/matters.ts';
export * from './types/agreements.ts';
export * from './types/documents.ts';
