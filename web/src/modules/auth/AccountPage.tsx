import { App, Card, Col, Descriptions, Radio, Row, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { RoleTags } from '../region/RoleTags.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { SecondFactorCard } from './SecondFactorCard.tsx';
import { useCurrentUser, useSession } from './session.tsx';

/** The signed-in user's own account: who they are, their password, their language, their second factor. */
export default function AccountPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { setLanguage } = useSession();
  const { message } = App.useApp();
  const [savingLocale, setSavingLocale] = useState(false);

  const changeLanguage = async (locale: Locale) => {
    setSavingLocale(true);
    try {
      await setLanguage(locale);
      void message.success(t('account.languageSaved'));
    } catch (error) {
      void message.error(errorMessage(error, t));
    } finally {
      setSavingLocale(false);
    }
  };

  return (
    <>
      <PageHeader title={t('account.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('account.profile')} size="small">
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'username', label: t('users.username'), children: <Space>{user.username}{user.isDemo && <DemoTag />}</Space> },
                { key: 'displayName', label: t('users.displayName'), children: user.displayName },
                { key: 'roles', label: t('users.roles'), children: <RoleTags roles={user.roles} /> },
              ]}
            />
          </Card>
          <Card title={t('account.language')} size="small" style={{ marginTop: 16 }}>
            <Radio.Group
              value={user.locale}
              disabled={savingLocale}
              onChange={(event) => void changeLanguage(event.target.value as Locale)}
              options={[
                { value: 'zh-CN', label: '简体中文' },
                { value: 'en', label: 'English' },
              ]}
              data-testid="account-language"
            />
          </Card>
          <SecondFactorCard />
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('account.changePassword')} size="small">
            <ChangePasswordForm
              currentLabel={t('password.current')}
              submitLabel={t('account.changePasswordSubmit')}
              onDone={() => void message.success(t('account.passwordChanged'))}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
