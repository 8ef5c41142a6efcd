/**
 * Publications (the Office): which records are disclosed at which level, and the publication step —
 * propose → approve (freezes the public text, previewed here) → publish → withdraw — with its history.
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Drawer, Empty, Flex, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage, isVersionConflict } from '../../shell/errors.ts';
import { formatDateTime } from '../../shell/format.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { useReference } from '../region/reference.ts';
import { ProposeModal } from './ProposeModal.tsx';
import { SnapshotView } from './SnapshotView.tsx';
import { DISCLOSURES, PUBLISHABLE_KINDS, STATES, publicationsApi, type Disclosure, type Publication, type PublicationState } from './publicationsApi.ts';

const STATE_COLOURS: Record<PublicationState, string> = { draft: 'default', approved: 'processing', published: 'success', withdrawn: 'error' };

export default function PublicationsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const { timeZone } = useReference();
  const [kind, setKind] = useState<string | undefined>();
  const [state, setState] = useState<PublicationState | undefined>();
  const list = useApi((signal) => publicationsApi.list({ ...(kind ? { kind } : {}), ...(state ? { state } : {}) }, signal), `publications:${kind}:${state}`);
  const [proposing, setProposing] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const detail = useApi((signal) => (openId ? publicationsApi.get(openId, signal) : Promise.resolve(null)), `publication:${openId}`);
  const [busy, setBusy] = useState(false);
  const title = (p: { titleZh: string; titleEn: string }) => (locale === 'en' ? p.titleEn || p.titleZh : p.titleZh || p.titleEn);

  const act = async (run: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await run();
      void message.success(done);
    } catch (failure) {
      void message.error(isVersionConflict(failure) ? t('publications.conflict') : errorMessage(failure, t));
    } finally {
      setBusy(false);
      detail.reload();
      list.reload();
    }
  };
  const step = (to: PublicationState) => {
    const d = detail.data;
    if (d) void act(() => publicationsApi.transition(d.id, to, d.version), t(`publications.done.${to}`));
  };
  const setDisclosure = (value: Disclosure) => {
    const d = detail.data;
    if (d) void act(() => publicationsApi.setDisclosure(d.id, value, d.version), t('publications.done.disclosure'));
  };

  const d = detail.data;
  return (
    <>
      <PageHeader
        title={t('publications.title')}
        description={t('publications.description')}
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)} data-testid="publication-propose">{t('publications.propose')}</Button>}
      />
      <Card size="small">
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <Select allowClear placeholder={t('publications.kind')} aria-label={t('publications.kind')} style={{ minWidth: 150 }} value={kind} onChange={setKind} data-testid="publication-filter-kind"
            options={PUBLISHABLE_KINDS.map((k) => ({ value: k, label: t(`publications.kinds.${k}`) }))} />
          <Select allowClear placeholder={t('publications.state')} aria-label={t('publications.state')} style={{ minWidth: 150 }} value={state} onChange={setState} data-testid="publication-filter-state"
            options={STATES.map((s) => ({ value: s, label: t(`publications.states.${s}`) }))} />
          <Typography.Link href="/public" target="_blank" rel="noopener">{t('publications.portal')}</Typography.Link>
        </Flex>
        <ErrorAlert error={list.error} action={<Typography.Link onClick={list.reload}>{t('common.retry')}</Typography.Link>} />
        <Table<Publication>
          data-testid="publications-table" rowKey="id" size="small" loading={list.loading} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 720 }}
          dataSource={list.data ?? []} locale={{ emptyText: t('publications.none') }}
          onRow={(p) => ({ onClick: () => setOpenId(p.id), style: { cursor: 'pointer' }, 'data-testid': `publication-row-${p.id}`, 'data-state': p.state }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('publications.record'), key: 'title', width: 260, fixed: 'left', render: (_, p) => <Typography.Link style={{ overflowWrap: 'anywhere' }}>{title(p)}</Typography.Link> },
            { title: t('publications.kind'), dataIndex: 'kind', width: 100, render: (k: string) => t(`publications.kinds.${k}`, { defaultValue: k }) },
            { title: t('publications.disclosure'), dataIndex: 'disclosure', width: 120, render: (v: Disclosure) => t(`publications.disclosures.${v}`) },
            { title: t('publications.state'), dataIndex: 'state', width: 100, render: (s: PublicationState) => <Tag color={STATE_COLOURS[s]}>{t(`publications.states.${s}`)}</Tag> },
            { title: t('publications.updated'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatDateTime(v, timeZone) },
          ]}
        />
      </Card>
      <ProposeModal open={proposing} onClose={() => setProposing(false)} onDone={(id) => { setProposing(false); list.reload(); setOpenId(id); void message.success(t('publications.done.proposed')); }} />
      <Drawer open={openId !== null} onClose={() => setOpenId(null)} width="min(720px, 100vw)" title={d ? title(d) : t('publications.title')} destroyOnHidden>
        <ErrorAlert error={detail.error} />
        {d && (
          <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="publication-detail" data-state={d.state}>
            <Flex wrap gap={8} align="center">
              <Tag color={STATE_COLOURS[d.state]}>{t(`publications.states.${d.state}`)}</Tag>
              <span>{t('publications.disclosure')}:</span>
              <Select<Disclosure> size="small" value={d.disclosure} disabled={d.state !== 'draft' || busy} onChange={setDisclosure} aria-label={t('publications.disclosure')} style={{ minWidth: 150 }} data-testid="publication-disclosure"
                options={DISCLOSURES.map((v) => ({ value: v, label: t(`publications.disclosures.${v}`) }))} />
              {d.state === 'published' && d.disclosure === 'public' && <Typography.Link href={`/public${locale === 'en' ? '/en' : ''}/records/${d.id}`} target="_blank" rel="noopener" data-testid="publication-portal-link">{t('publications.onPortal')}</Typography.Link>}
            </Flex>
            <Flex wrap gap={8}>
              {d.state === 'draft' && <Button type="primary" loading={busy} onClick={() => step('approved')} data-testid="publication-approve">{t('publications.approve')}</Button>}
              {d.state === 'approved' && <Button type="primary" loading={busy} onClick={() => step('published')} data-testid="publication-publish">{t('publications.publish')}</Button>}
              {d.state === 'approved' && <Button loading={busy} onClick={() => step('draft')} data-testid="publication-reopen">{t('publications.reopen')}</Button>}
              {d.state !== 'withdrawn' && <Button danger loading={busy} onClick={() => step('withdrawn')} data-testid="publication-withdraw">{t('publications.withdraw')}</Button>}
            </Flex>
            <Card size="small" title={d.snapshot ? t('publications.frozen') : t('publications.preview')}>
              {d.snapshot ? <SnapshotView snapshot={d.snapshot} /> : d.preview ? <SnapshotView snapshot={d.preview} /> : <Empty description={t('publications.noPreview')} />}
            </Card>
            <Card size="small" title={t('publications.history')}>
              <Timeline items={d.steps.map((s) => ({ children: `${formatDateTime(s.at, timeZone)} · ${t(`publications.steps.${s.step}`, { defaultValue: s.step })} · ${t(`publications.disclosures.${s.disclosure}`)} · ${s.actorName}` }))} />
            </Card>
          </Space>
        )}
      </Drawer>
    </>
  );
}
