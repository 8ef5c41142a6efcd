import type { FormInstance } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from './errors.ts';

/**
 * Saving a form to the API: `saving` while the request runs; a failure is kept
 * in `error` (for an alert) and its field errors are put on the form's fields.
 */
export function useFormSave(form: FormInstance) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const save = async (action: () => Promise<void>): Promise<void> => {
    setSaving(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(failure);
      applyFieldErrors(form, failure);
    } finally {
      setSaving(false);
    }
  };

  return { saving, error, setError, save };
}
