/**
 * Types taken from the server's OpenAPI document (generated/openapi.d.ts, by
 * `npm run openapi:types`), by operationId: what the UI reads and sends can no
 * longer drift from what the server answers and accepts. The generated file is
 * kept fresh by server/src/plugins/openapi.test.ts (it fails when the document
 * no longer generates it), and `npm run typecheck` then fails wherever the web
 * uses a field the server renamed or dropped.
 */
import type { components, operations } from './generated/openapi.d.ts';

export type OperationId = keyof operations;

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The operation's success statuses (200, or 201/202 for creations and queued work). */
type SuccessStatus<Id extends OperationId> = Extract<keyof operations[Id]['responses'], 200 | 201 | 202 | 204>;

/** The JSON answer of an operation (its success status unless another status is named). */
export type ApiResult<Id extends OperationId, Status extends keyof operations[Id]['responses'] = SuccessStatus<Id>> = JsonOf<
  operations[Id]['responses'][Status]
>;

/** One row of a list operation (`items`). */
export type ApiItem<Id extends OperationId> = ApiResult<Id> extends { items: (infer T)[] } ? T : never;

/** The query parameters of an operation. */
export type ApiQuery<Id extends OperationId> = NonNullable<operations[Id]['parameters']['query']>;

/** The JSON body an operation accepts. */
export type ApiBody<Id extends OperationId> = JsonOf<NonNullable<operations[Id]['requestBody']>>;

/** One element of an array type (e.g. a nested list of an answer). */
export type ElementOf<T> = T extends readonly (infer E)[] ? E : never;

/** The shared error answer of every operation. */
export type ApiErrorBody = components['schemas']['Error'];
