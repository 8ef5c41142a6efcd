import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage, isVersionConflict } from './errors.ts';

/** An inline error in the user's language; renders nothing without an error. */
export function ErrorAlert({ error, testId, action }: { error: unknown; testId?: string; action?: React.ReactNode }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert type="error" showIcon title={<span data-testid={testId}>{errorMessage(error, t)}</span>} action={action} style={{ marginBottom: 16 }} />
  );
}

interface ConflictProps {
  /** Drops the stale edit and loads the current version. */
  onReload: () => void;
  /** Default to the wording for work records (plans, tasks, shares). */
  conflictTitle?: string;
  conflictDescription?: string;
}

/** A save was refused because someone else changed the record first: say so and offer to reload. */
export function VersionConflictAlert({ onReload, conflictTitle, conflictDescription, marginBottom = 16 }: ConflictProps & { marginBottom?: number }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="version-conflict"
      title={conflictTitle ?? t('work.conflict.title')}
      description={conflictDescription ?? t('work.conflict.description')}
      action={
        <Button size="small" onClick={onReload} data-testid="version-conflict-reload">
          {t('common.reload')}
        </Button>
      }
      style={{ marginBottom }}
    />
  );
}

/** The failure of a save to a versioned record: a version conflict (with reload), or any other error; nothing without one. */
export function SaveErrorAlert({ error, testId, ...conflict }: ConflictProps & { error: unknown; testId: string }) {
  return isVersionConflict(error) ? <VersionConflictAlert {...conflict} /> : <ErrorAlert error={error} testId={testId} />;
}
