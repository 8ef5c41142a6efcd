/**
 * File transfers the JSON client does not cover: downloads that must keep the
 * server's file name and still report API errors, and uploads with a progress
 * bar (fetch cannot report upload progress; XMLHttpRequest can).
 */
import { ApiError, NetworkError } from '../../api/client.ts';
import type { ErrorBody, SessionResponse } from '../../api/types.ts';
import i18n from '../../i18n/index.ts';

function toApiError(status: number, text: string, statusText: string): ApiError {
  let body: Partial<ErrorBody> | undefined;
  try {
    body = text ? (JSON.parse(text) as Partial<ErrorBody>) : undefined;
  } catch {
    body = undefined;
  }
  return new ApiError(status, body?.error ?? { code: `http.${status}`, message: statusText || `HTTP ${status}` });
}

/** "attachment; filename="x.xlsx"; filename*=UTF-8''%E4%BB%BB…" → the UTF-8 name when given (Chinese names survive). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

/** Downloads a GET answer as a file; a JSON error answer becomes an ApiError instead of a saved error page. */
export async function downloadFile(url: string, fallbackName: string): Promise<{ fileName: string; headers: Headers }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { 'accept-language': i18n.language } });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) throw toApiError(response.status, await response.text(), response.statusText);
  const blob = await response.blob();
  const fileName = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return { fileName, headers: response.headers };
}

/**
 * The CSRF token of this session. The JSON client keeps its copy private; the
 * session answer carries the same token (it is fixed for the session).
 */
export async function csrfToken(): Promise<string | null> {
  const response = await fetch('/api/v1/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) return null;
  return ((await response.json()) as SessionResponse).csrfToken ?? null;
}

export interface UploadOptions {
  url: string;
  body: Blob | FormData;
  /** Set for a raw body; FormData sets its own multipart type. */
  contentType?: string;
  /** 0–100 while the bytes go up. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/** POSTs a file with upload progress; answers the parsed JSON and the status (200, 201 or 202). */
export async function uploadWithProgress<T>({ url, body, contentType, onProgress, signal }: UploadOptions): Promise<{ status: number; data: T }> {
  const token = await csrfToken();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', i18n.language);
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    if (contentType) xhr.setRequestHeader('content-type', contentType);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new NetworkError(new Error('upload failed')));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve({ status: xhr.status, data: (xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T });
        } catch (error) {
          reject(new NetworkError(error));
        }
      } else {
        reject(toApiError(xhr.status, xhr.responseText, xhr.statusText));
      }
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}

/**
 * Follows a background job (an import) until it is done or failed: reads its
 * status every second, shows each one, and answers the last; undefined when
 * the signal stopped it first (the dialog was closed or reset).
 */
export async function pollUntilSettled<S extends { state: string }>(
  read: (signal: AbortSignal) => Promise<S>,
  onStatus: (status: S) => void,
  signal: AbortSignal,
): Promise<S | undefined> {
  while (!signal.aborted) {
    const status = await read(signal);
    onStatus(status);
    if (status.state === 'done' || status.state === 'failed') return status;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return undefined;
}
