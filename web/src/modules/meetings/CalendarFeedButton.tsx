/**
 * The meetings in the user's own calendar app: the public feed's address, and
 * a personal secret address issued on request (shown once; a new one replaces
 * the old). Calendar apps cannot sign in, so the address is the credential.
 */
import { CalendarOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { meetingsApi, PUBLISHED_FEED_PATH } from './meetingsApi.ts';

export function CalendarFeedButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [personal, setPersonal] = useState<string | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const published = `${window.location.origin}${PUBLISHED_FEED_PATH}`;

  const issue = async () => {
    setIssuing(true);
    setError(undefined);
    try {
      const { path } = await meetingsApi.calendarToken();
      setPersonal(`${window.location.origin}${path}`);
      void message.success(t('meetings.calendar.issued'));
    } catch (failure) {
      setError(failure);
    } finally {
      setIssuing(false);
    }
  };

  const close = () => {
    setOpen(false);
    // Shown once: closing forgets it (a new one can be issued at any time).
    setPersonal(null);
    setError(undefined);
  };

  return (
    <>
      <Button icon={<CalendarOutlined />} onClick={() => setOpen(true)} data-testid="calendar-feed-button">
        {t('meetings.calendar.feed')}
      </Button>
      <Modal open={open} title={t('meetings.calendar.feedTitle')} onCancel={close} footer={<Button onClick={close}>{t('common.close')}</Button>} width={640} destroyOnHidden>
        <Typography.Paragraph>{t('meetings.calendar.feedIntro')}</Typography.Paragraph>
        <Typography.Title level={5}>{t('meetings.calendar.published')}</Typography.Title>
        <Typography.Paragraph copyable={{ text: published }}>
          <a href={published} data-testid="calendar-published-link">
            {published}
          </a>
        </Typography.Paragraph>
        <Typography.Title level={5}>{t('meetings.calendar.personal')}</Typography.Title>
        <Alert type="warning" showIcon title={t('meetings.calendar.personalHint')} style={{ marginBottom: 12 }} />
        <ErrorAlert error={error} testId="calendar-token-error" />
        <Flex vertical gap={8} align="flex-start">
          {personal && (
            <Typography.Paragraph copyable={{ text: personal }} style={{ marginBottom: 0, wordBreak: 'break-all' }}>
              <Typography.Text code data-testid="calendar-token-url">
                {personal}
              </Typography.Text>
            </Typography.Paragraph>
          )}
          <Button type={personal ? 'default' : 'primary'} loading={issuing} onClick={() => void issue()} data-testid="calendar-token-issue">
            {personal ? t('meetings.calendar.reissue') : t('meetings.calendar.issue')}
          </Button>
        </Flex>
      </Modal>
    </>
  );
}
