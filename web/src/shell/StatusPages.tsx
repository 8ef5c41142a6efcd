import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Shown in place of a page the user's roles do not open (the server would refuse its data too). */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="forbidden-page">
      <Result
        status="403"
        title="403"
        subTitle={t('errors.forbiddenPage')}
        extra={
          <Link to="/">
            <Button type="primary">{t('errors.backHome')}</Button>
          </Link>
        }
      />
    </div>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="not-found-page">
      <Result
        status="404"
        title="404"
        subTitle={t('errors.notFoundPage')}
        extra={
          <Link to="/">
            <Button type="primary">{t('errors.backHome')}</Button>
          </Link>
        }
      />
    </div>
  );
}
