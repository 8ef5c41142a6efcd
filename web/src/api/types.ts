/**
 * Shapes of the API's answers, mirroring server/src/modules/*\/*.schemas.ts:
 * one file per server module under types/, all re-exported here so screens
 * import from one place. Moving to types generated from the server's OpenAPI
 * document (openapi.ts, `npm run openapi:types`): My work and the report list
 * already are; the rest are still kept by hand — change them with the server.
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
export * from './types/indicators.ts';
export * from './types/composite-index.ts';
export * from './types/dashboard.ts';
