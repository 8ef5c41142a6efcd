/**
 * The one way the UI talks to the API: JSON over fetch, same-origin cookie,
 * the CSRF token on every write, errors as `ApiError` carrying the server's
 * message (already in the user's language).
 */
import type { ErrorBody, FieldError } from './types.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  readonly details: Record<string, unknown>;

  constructor(status: number, body: ErrorBody['error']) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? [];
    this.details = body.details ?? {};
  }
}

/** The request never reached the server or its answer was not JSON. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'NetworkError';
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

/** Session-wide state the client adds to requests; set by the session provider and i18n. */
const state: { csrfToken: string | null; language: string } = { csrfToken: null, language: 'zh-CN' };

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

/** Anonymous callers get server messages in the UI's language, not the browser's. */
export function setRequestLanguage(language: string): void {
  state.language = language;
}

type Listener = (error: ApiError) => void;
const listeners = new Set<Listener>();

/** Lets the session react to 401 (session ended) and 403 password_change_required from any call. */
export function onApiError(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': state.language };
  // Fastify rejects a JSON content type with an empty body, so only announce one when sending one.
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method) && state.csrfToken) headers['x-csrf-token'] = state.csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }

  const text = await response.text();
  let payload: unknown;
  try {
    payload = text ? JSON.parse(text) : undefined;
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) {
    const body = (payload as Partial<ErrorBody> | undefined)?.error;
    const apiError = new ApiError(response.status, body ?? { code: `http.${response.status}`, message: response.statusText });
    for (const listener of listeners) listener(apiError);
    throw apiError;
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** Follows nextCursor to the end: for small reference lists (members, cities, bodies). */
export async function fetchAllPages<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: T[]; nextCursor: string | null } = await api.get(path, { ...query, limit: 200, cursor }, signal);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
