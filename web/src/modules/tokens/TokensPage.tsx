/**
 * API tokens (administrators): the credentials provincial statistics systems
 * push observations with. Each is tied to one member (optionally to some
 * indicators), expires, shows when it was last used, and can be revoked at
 * once. The secret itself is shown only when the token is issued.
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage, isVersionConflict } from '../../shell/errors.ts';
import { formatDateTime } from '../../shell/format.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { memberShortName } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { CreateTokenModal } from './CreateTokenModal.tsx';
import { tokensApi, type ApiToken, type ApiTokenState } from './tokensApi.ts';

const STATE_COLOURS: Record<ApiTokenState, string> = { active: 'success', expired: 'default', revoked: 'error' };

export default function TokensPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const { reference, timeZone } = useReference();
  const tokens = useApi((signal) => tokensApi.list(signal), 'tokens');
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);

  const revoke = async (token: ApiToken) => {
    setBusy(token.id);
    try {
      await tokensApi.revoke(token.id, token.version);
      void message.success(t('tokens.revoked', { name: token.name }));
    } catch (failure) {
      void message.error(isVersionConflict(failure) ? t('tokens.conflict') : errorMessage(failure, t));
    } finally {
      setBusy(null);
      tokens.reload();
    }
  };

  const memberLabel = (code: string) => {
    const member = reference?.memberByCode.get(code);
    return member ? memberShortName(member, locale) : code;
  };

  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        description={t('tokens.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
            {t('tokens.create')}
          </Button>
        }
      />
      <Card size="small">
        <ErrorAlert error={tokens.error} action={<Typography.Link onClick={tokens.reload}>{t('common.retry')}</Typography.Link>} />
        <Table<ApiToken>
          data-testid="tokens-table"
          rowKey="id"
          size="small"
          loading={tokens.loading}
          pagination={false}
          scroll={{ x: 1000 }}
          dataSource={tokens.data ?? []}
          locale={{ emptyText: t('tokens.none') }}
          onRow={(token) => ({ 'data-testid': `token-row-${token.prefix}`, 'data-state': token.state }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('tokens.name'), dataIndex: 'name', width: 150, fixed: 'left', render: (name: string) => <span style={{ overflowWrap: 'anywhere' }}>{name}</span> },
            { title: t('tokens.member'), dataIndex: 'memberCode', width: 90, render: memberLabel },
            {
              title: t('tokens.indicators'),
              dataIndex: 'indicatorCodes',
              width: 200,
              render: (codes: string[]) =>
                codes.length === 0 ? (
                  <Typography.Text type="secondary">{t('tokens.allIndicators')}</Typography.Text>
                ) : (
                  <Space size={[4, 4]} wrap>
                    {codes.map((c) => (
                      <Tag key={c}>{c}</Tag>
                    ))}
                  </Space>
                ),
            },
            { title: t('tokens.prefix'), dataIndex: 'prefix', width: 140, render: (p: string) => <Typography.Text code>{p}…</Typography.Text> },
            { title: t('tokens.state'), dataIndex: 'state', width: 90, render: (s: ApiTokenState) => <Tag color={STATE_COLOURS[s]}>{t(`tokens.states.${s}`)}</Tag> },
            { title: t('tokens.expiresAt'), dataIndex: 'expiresAt', width: 160, render: (iso: string) => formatDateTime(iso, timeZone) },
            {
              title: t('tokens.lastUsedAt'),
              dataIndex: 'lastUsedAt',
              width: 160,
              render: (iso: string | null) => (iso ? formatDateTime(iso, timeZone) : <Typography.Text type="secondary">{t('tokens.neverUsed')}</Typography.Text>),
            },
            { title: t('tokens.createdAt'), dataIndex: 'createdAt', width: 160, render: (iso: string) => formatDateTime(iso, timeZone) },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 90,
              render: (_, token) =>
                token.state === 'revoked' ? (
                  token.revokedAt ? <Typography.Text type="secondary">{formatDateTime(token.revokedAt, timeZone)}</Typography.Text> : null
                ) : (
                  <Popconfirm
                    title={t('tokens.revokeConfirm', { name: token.name })}
                    description={t('tokens.revokeHint')}
                    okText={t('tokens.revoke')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => void revoke(token)}
                  >
                    <Button size="small" danger loading={busy === token.id} data-testid="token-revoke">
                      {t('tokens.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <CreateTokenModal open={creating} onClose={() => setCreating(false)} onCreated={tokens.reload} />
    </>
  );
}
