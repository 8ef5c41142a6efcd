/**
 * Types taken from the server's OpenAPI document (generated/openapi.d.ts, by
 * `npm run openapi:types`), by operationId: what the UI reads can no longer
 * drift from what the server answers. Screens still import named types from
 * types.ts; the ones defined there through these helpers are generated.
 */
import type { components, operations } from './generated/openapi.d.ts';

export type OperationId = keyof operations;

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON answer of an operation (200 unless another status is named). */
export type ApiResult<Id extends OperationId, Status extends keyof operations[Id]['responses'] = 200 & keyof operations[Id]['responses']> = JsonOf<
  operations[Id]['responses'][Status]
>;

/** One row of a cursor-paged list operation. */
export type ApiItem<Id extends OperationId> = ApiResult<Id> extends { items: (infer T)[] } ? T : never;

/** The query parameters of an operation. */
export type ApiQuery<Id extends OperationId> = NonNullable<operations[Id]['parameters']['query']>;

/** The shared error answer of every operation. */
export type ApiErrorBody = components['schemas']['Error'];
