/**
 * Outbound webhooks (administrators and the Office): where supervision events
 * are posted, signed with a per-endpoint secret that is shown once, when the
 * endpoint is created. Endpoints can be paused, changed and removed.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import type { Webhook, WebhookDelivery } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage, isVersionConflict } from '../../shell/errors.ts';
import { formatDateTime } from '../../shell/format.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { useReference } from '../region/reference.ts';
import { CreateWebhookModal } from './CreateWebhookModal.tsx';
import { webhooksApi } from './inboxApi.ts';

const DELIVERY_COLOURS: Record<WebhookDelivery['status'], string> = { pending: 'processing', delivered: 'success', failed: 'error', skipped: 'default' };

function Deliveries({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation();
  const { timeZone } = useReference();
  const deliveries = useApi((signal) => webhooksApi.deliveries(webhookId, signal), webhookId);
  return (
    <>
      <ErrorAlert error={deliveries.error} />
      <Table<WebhookDelivery>
        rowKey="id"
        size="small"
        loading={deliveries.loading}
        pagination={false}
        dataSource={deliveries.data?.items ?? []}
        locale={{ emptyText: t('webhooks.noDeliveries') }}
        columns={[
          { title: t('webhooks.deliveryAt'), dataIndex: 'createdAt', width: 170, render: (iso: string) => formatDateTime(iso, timeZone) },
          { title: t('webhooks.event'), dataIndex: 'event', width: 160 },
          { title: t('webhooks.status'), dataIndex: 'status', width: 110, render: (s: WebhookDelivery['status']) => <Tag color={DELIVERY_COLOURS[s]}>{t(`webhooks.deliveryStatus.${s}`)}</Tag> },
          { title: t('webhooks.attempts'), dataIndex: 'attempts', width: 80 },
          { title: t('webhooks.lastResult'), key: 'last', render: (_, d) => [d.lastStatusCode, d.lastError].filter((x) => x !== null).join(' · ') || '—' },
        ]}
      />
    </>
  );
}

export default function WebhooksPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { timeZone } = useReference();
  const hooks = useApi((signal) => webhooksApi.list(signal), 'webhooks');
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (id: string, action: () => Promise<unknown>, done: string) => {
    setBusy(id);
    try {
      await action();
      void message.success(done);
    } catch (failure) {
      void message.error(isVersionConflict(failure) ? t('webhooks.conflict') : errorMessage(failure, t));
    } finally {
      setBusy(null);
      hooks.reload();
    }
  };

  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        description={t('webhooks.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="webhook-create">
            {t('webhooks.create')}
          </Button>
        }
      />
      <Card size="small">
        <ErrorAlert error={hooks.error} />
        <Table<Webhook>
          data-testid="webhooks-table"
          rowKey="id"
          size="small"
          loading={hooks.loading}
          pagination={false}
          dataSource={hooks.data?.items ?? []}
          expandable={{ expandedRowRender: (hook) => <Deliveries webhookId={hook.id} /> }}
          locale={{ emptyText: t('webhooks.none') }}
          columns={[
            { title: t('webhooks.name'), dataIndex: 'name' },
            { title: t('webhooks.url'), dataIndex: 'url', render: (url: string) => <Typography.Text code>{url}</Typography.Text> },
            {
              title: t('webhooks.events'),
              dataIndex: 'events',
              render: (events: string[]) => (
                <Space size={[4, 4]} wrap>
                  {events.map((e) => (
                    <Tag key={e}>{t(`webhooks.eventNames.${e}`, { defaultValue: e })}</Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: t('webhooks.active'),
              key: 'active',
              width: 90,
              render: (_, hook) => (
                <Switch
                  checked={hook.active}
                  loading={busy === hook.id}
                  onChange={(active) =>
                    void run(hook.id, () => webhooksApi.update(hook.id, { version: hook.version, active }), active ? t('webhooks.enabled') : t('webhooks.disabled'))
                  }
                  data-testid="webhook-active"
                />
              ),
            },
            { title: t('webhooks.createdAt'), dataIndex: 'createdAt', width: 170, render: (iso: string) => formatDateTime(iso, timeZone) },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 80,
              render: (_, hook) => (
                <Popconfirm title={t('webhooks.deleteConfirm', { name: hook.name })} onConfirm={() => void run(hook.id, () => webhooksApi.remove(hook.id), t('webhooks.deleted'))}>
                  <Button size="small" danger type="text" icon={<DeleteOutlined />} aria-label={t('webhooks.delete')} data-testid="webhook-delete" />
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>
      <CreateWebhookModal open={creating} events={hooks.data?.events ?? []} onClose={() => setCreating(false)} onCreated={hooks.reload} />
    </>
  );
}
