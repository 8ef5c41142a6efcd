/**
 * The user's notifications, unread first, newest first (the server's order),
 * in the user's language. Opening one marks it read and follows its link.
 */
import { CheckOutlined, MailOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Empty, Flex, Skeleton, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useCursorList } from '../../api/hooks.ts';
import type { Notification } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { formatDateTime } from '../../shell/format.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { useReference } from '../region/reference.ts';
import { EmailSettingsDrawer } from './EmailSettingsDrawer.tsx';
import { inboxApi } from './inboxApi.ts';
import { setUnreadCount } from './unread.ts';

/** Links are paths inside this app; anything else is not followed. */
function internal(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

export default function InboxPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { timeZone } = useReference();
  const { token } = theme.useToken();
  const [tick, setTick] = useState(0);
  const [readNow, setReadNow] = useState<Set<string>>(new Set());
  // ?settings=email opens the e-mail settings: the address notification e-mails give in List-Unsubscribe.
  const [search, setSearch] = useSearchParams();
  const settingsOpen = search.get('settings') === 'email';
  const showSettings = (show: boolean) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      if (show) next.set('settings', 'email');
      else next.delete('settings');
      return next;
    });
  const list = useCursorList(
    (cursor, signal) =>
      inboxApi.list(cursor, signal).then((page) => {
        setUnreadCount(page.unreadCount);
        return page;
      }),
    `inbox:${tick}`,
  );
  const isRead = (n: Notification) => n.readAt !== null || readNow.has(n.id);

  const markRead = async (n: Notification) => {
    if (isRead(n)) return;
    try {
      const { unreadCount } = await inboxApi.markRead(n.id);
      setReadNow((previous) => new Set(previous).add(n.id));
      setUnreadCount(unreadCount);
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    }
  };

  const markAll = async () => {
    try {
      const { updated } = await inboxApi.markAllRead();
      setUnreadCount(0);
      void message.success(t('inbox.allReadDone', { count: updated }));
      setReadNow(new Set());
      setTick((n) => n + 1);
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    }
  };

  const open = async (n: Notification) => {
    await markRead(n);
    const link = internal(n.link);
    if (link) navigate(link);
  };

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        description={t('inbox.description')}
        extra={
          <Flex gap={8} wrap>
            <Button icon={<MailOutlined />} onClick={() => showSettings(true)} data-testid="inbox-email-settings">
              {t('inbox.settingsButton')}
            </Button>
            <Button icon={<CheckOutlined />} onClick={() => void markAll()} data-testid="inbox-read-all">
              {t('inbox.markAllRead')}
            </Button>
          </Flex>
        }
      />
      <EmailSettingsDrawer open={settingsOpen} onClose={() => showSettings(false)} />
      <Card size="small">
        <ErrorAlert error={list.error} />
        {list.loading ? (
          <Skeleton active />
        ) : list.items.length === 0 ? (
          <Empty description={t('inbox.empty')} data-testid="inbox-list" />
        ) : (
          <div data-testid="inbox-list" role="list">
            {list.items.map((n) => {
              const read = isRead(n);
              return (
                <Flex
                  key={n.id}
                  role="listitem"
                  gap={12}
                  align="flex-start"
                  data-testid="inbox-item"
                  data-read={read ? 'true' : 'false'}
                  data-kind={n.kind}
                  style={{ padding: '12px 4px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
                >
                  <Badge status={read ? 'default' : 'processing'} style={{ marginTop: 4 }} />
                  <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
                    {internal(n.link) ? (
                      <Typography.Link strong={!read} onClick={() => void open(n)} data-testid="inbox-open">
                        {n.title}
                      </Typography.Link>
                    ) : (
                      <Typography.Text strong={!read}>{n.title}</Typography.Text>
                    )}
                    <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                      {n.body}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt, timeZone)}
                    </Typography.Text>
                  </Flex>
                  {!read && (
                    <Button size="small" type="link" onClick={() => void markRead(n)} data-testid="inbox-mark-read">
                      {t('inbox.markRead')}
                    </Button>
                  )}
                </Flex>
              );
            })}
          </div>
        )}
        {list.hasMore && (
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Button onClick={list.loadMore} loading={list.loadingMore} data-testid="inbox-load-more">
              {t('common.loadMore')}
            </Button>
          </Flex>
        )}
      </Card>
    </>
  );
}
