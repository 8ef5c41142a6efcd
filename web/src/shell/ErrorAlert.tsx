import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './errors.ts';

/** An inline error in the user's language; renders nothing without an error. */
export function ErrorAlert({ error, testId, action }: { error: unknown; testId?: string; action?: React.ReactNode }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert type="error" showIcon title={<span data-testid={testId}>{errorMessage(error, t)}</span>} action={action} style={{ marginBottom: 16 }} />
  );
}
