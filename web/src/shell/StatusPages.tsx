import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** A full-page status (403, 404) with a way back home. */
function StatusPage({ status, message, testId }: { status: '403' | '404'; message: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId}>
      <Result
        status={status}
        // The page's one h1 (antd's Result title is a plain div).
        title={<h1 style={{ fontSize: 'inherit', fontWeight: 'inherit', margin: 0 }}>{status}</h1>}
        subTitle={message}
        extra={
          <Link to="/">
            <Button type="primary">{t('errors.backHome')}</Button>
          </Link>
        }
      />
    </div>
  );
}

/** Shown in place of a page the user's roles do not open (the server would refuse its data too). */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return <StatusPage status="403" message={t('errors.forbiddenPage')} testId="forbidden-page" />;
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <StatusPage status="404" message={t('errors.notFoundPage')} testId="not-found-page" />;
}
