/**
 * Turning failures into what the user reads. API errors carry a message in the
 * user's language already; field errors go onto the matching form fields.
 */
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from '../api/client.ts';

export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof NetworkError) return t('errors.network');
  return t('errors.unexpected');
}

/** "roles.0.memberCode" → ['roles', 0, 'memberCode'], the NamePath antd expects. */
export function namePathOf(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's field errors on the form. Fields the form does not have
 * are ignored by antd; the caller shows the overall message as well, so
 * nothing is lost.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): void {
  if (!(error instanceof ApiError) || error.fields.length === 0) return;
  const byField = new Map<string, string[]>();
  for (const field of error.fields) byField.set(field.field, [...(byField.get(field.field) ?? []), field.message]);
  form.setFields([...byField].map(([field, errors]) => ({ name: namePathOf(field), errors })));
}

export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'common.version_conflict';
}
