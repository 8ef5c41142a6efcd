/**
 * An observation's history: every revision (who, when, why, value), with the
 * value as first published beside the latest. Corrections never overwrite,
 * so revision 1 is always there. The Office confirms a provisional value
 * from here too.
 */
import { Card, Col, Drawer, Empty, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import type { Indicator, ObservationDetail, ObservationRevision } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { useReference } from '../region/reference.ts';
import { indicatorsApi } from './indicatorsApi.ts';
import { ObservationStatusTag } from './IndicatorTags.tsx';
import { formatValue, scopeName } from './labels.ts';
import { ScrollableTable } from './ScrollableTable.tsx';

interface Props {
  observationId: string | null;
  indicator: Indicator;
  /** Changes each time the observation is written, so the drawer reads it again. */
  generation: number;
  onClose: () => void;
  /** Actions on the observation (correct, confirm), given what was loaded. */
  actions?: (observation: ObservationDetail) => React.ReactNode;
}

export function RevisionDrawer({ observationId, indicator, generation, onClose, actions }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference, timeZone } = useReference();
  const detail = useApi(
    (signal) => (observationId ? indicatorsApi.observation(observationId, signal) : Promise.resolve(undefined)),
    `${observationId ?? ''}:${generation}`,
  );
  const o = detail.data;
  const revisions = [...(o?.revisions ?? [])].sort((a, b) => b.revision - a.revision);

  return (
    <Drawer
      open={observationId !== null}
      onClose={onClose}
      size="min(760px, 100vw)"
      title={t('indicators.history.title')}
      destroyOnHidden
      rootClassName="yrd-indicators"
      data-testid="revision-drawer"
    >
      <ErrorAlert error={detail.error} />
      {!o ? (
        !detail.error && <Skeleton active />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="revision-history" data-revisions={o.revisions.length}>
          <Space size={6} wrap>
            <Typography.Text strong>{scopeName(o.scopeCode, reference, locale, t('indicators.scope.region'))}</Typography.Text>
            <Typography.Text type="secondary">{o.scopeCode}</Typography.Text>
            <Tag style={{ marginInlineEnd: 0 }}>{o.period}</Tag>
            <ObservationStatusTag status={o.status} />
            {o.isDemo && <DemoTag />}
          </Space>
          <Row gutter={[16, 16]}>
            <Col xs={12}>
              <Card size="small" data-testid="history-first">
                <Statistic title={t('indicators.view.first')} value={formatValue(o.firstValue, indicator, locale)} />
              </Card>
            </Col>
            <Col xs={12}>
              <Card size="small" data-testid="history-latest">
                <Statistic title={t('indicators.view.latest')} value={formatValue(o.value, indicator, locale)} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('indicators.history.revisionOf', { revision: o.revision })}
                </Typography.Text>
              </Card>
            </Col>
          </Row>
          {actions?.(o)}
          <ScrollableTable<ObservationRevision>
            label={t('indicators.history.title')}
            size="small"
            rowKey="id"
            dataSource={revisions}
            pagination={false}
            scroll={{ x: 940 }}
            data-testid="revision-table"
            locale={{ emptyText: <Empty description={t('indicators.history.empty')} /> }}
            onRow={(r) => ({ 'data-testid': `revision-${r.revision}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('indicators.history.revision'),
                dataIndex: 'revision',
                width: 110,
                render: (n: number) => (
                  <Space size={4} wrap>
                    <span>{n}</span>
                    {n === 1 && <Tag color="default">{t('indicators.history.firstPublished')}</Tag>}
                    {n === o.revision && <Tag color="blue">{t('indicators.history.current')}</Tag>}
                  </Space>
                ),
              },
              { title: t('indicators.fields.value'), key: 'value', width: 130, render: (_, r) => formatValue(r.value, indicator, locale) },
              {
                title: t('indicators.history.why'),
                key: 'why',
                width: 240,
                render: (_, r) => (
                  <span style={{ whiteSpace: 'pre-wrap' }} data-testid="revision-reason">
                    {r.reason || (r.revision === 1 ? t('indicators.history.firstEntry') : '—')}
                    {r.source && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{t('indicators.history.source', { source: r.source })}</Typography.Text>}
                  </span>
                ),
              },
              { title: t('indicators.fields.status'), key: 'status', width: 100, render: (_, r) => <ObservationStatusTag status={r.status} /> },
              {
                title: t('indicators.history.who'),
                key: 'who',
                width: 150,
                render: (_, r) => (r.tokenId ? t('indicators.history.byToken', { name: r.changedByName }) : r.changedByName || '—'),
              },
              { title: t('indicators.history.when'), key: 'when', width: 170, render: (_, r) => formatDateTime(r.changedAt, timeZone) },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}
