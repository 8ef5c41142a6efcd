import { ApiError, NetworkError } from '../../api/client.ts';
import i18n from '../../i18n/index.ts';
import { csrfToken, fileNameOf } from '../excel/transfer.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One row error of a refused import, in both languages (error.details.errors). */
export interface ImportRowError {
  row: number;
  column: string;
  field: string;
  rule: string;
  value: string;
  messageZh: string;
  messageEn: string;
}

/** How the one-time passwords reach their owners (the import's `delivery`). */
export type PasswordDelivery = 'sheet' | 'email';

/**
 * Sends the sheet; on success saves the answer (the one-time passwords, and who got theirs by e-mail) as a file
 * and answers how many accounts were made and how many of them are mailed their password.
 */
export async function importUsers(file: File, delivery: PasswordDelivery = 'sheet'): Promise<{ created: number; emailed: number }> {
  const token = await csrfToken();
  let response: Response;
  try {
    response = await fetch(`/api/v1/users/import?delivery=${delivery}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': XLSX, 'accept-language': i18n.language, ...(token ? { 'x-csrf-token': token } : {}) },
      body: file,
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) {
    const text = await response.text();
    let body: { error?: ConstructorParameters<typeof ApiError>[1] } | undefined;
    try {
      body = text ? (JSON.parse(text) as typeof body) : undefined;
    } catch {
      body = undefined;
    }
    throw new ApiError(response.status, body?.error ?? { code: `http.${response.status}`, message: response.statusText });
  }
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileNameOf(response.headers.get('content-disposition'), 'one-time-passwords.xlsx');
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return { created: Number(response.headers.get('x-imported-users') ?? 0), emailed: Number(response.headers.get('x-emailed-users') ?? 0) };
}
