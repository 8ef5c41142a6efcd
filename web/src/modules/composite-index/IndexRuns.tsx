/** The recomputations of a method, newest first: what started each, which version, how long it took, what it wrote. */
import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CursorListState } from '../../api/hooks.ts';
import type { IndexRun } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { LoadMoreFooter } from '../../shell/LoadMoreFooter.tsx';
import { useReference } from '../region/reference.ts';
import { ScrollableTable } from '../indicators/ScrollableTable.tsx';

/** "840 ms", "12.4 s" */
export function formatDuration(ms: number, locale: string): string {
  return ms < 1000 ? `${ms.toLocaleString(locale)} ms` : `${(ms / 1000).toLocaleString(locale, { maximumFractionDigits: 1 })} s`;
}

export function IndexRuns({ runs, extra }: { runs: CursorListState<IndexRun>; extra?: React.ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { timeZone } = useReference();
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
          {t('indexMethod.runs.title')}
        </Typography.Title>
      }
      extra={extra}
      data-testid="index-runs"
    >
      <ErrorAlert error={runs.error} />
      <ScrollableTable<IndexRun>
        label={t('indexMethod.runs.title')}
        size="small"
        rowKey="id"
        loading={runs.loading}
        dataSource={runs.items}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: t('indexMethod.runs.empty') }}
        data-testid="index-runs-table"
        columns={[
          { title: t('indexMethod.runs.startedAt'), key: 'startedAt', width: 180, render: (_, r) => formatDateTime(r.startedAt, timeZone) },
          { title: t('indexMethod.runs.trigger'), key: 'trigger', width: 150, render: (_, r) => t(`indexMethod.trigger.${r.trigger}`) },
          { title: t('indexMethod.runs.version'), dataIndex: 'version', width: 80 },
          { title: t('indexMethod.runs.duration'), key: 'duration', width: 110, render: (_, r) => <span data-testid="run-duration">{formatDuration(r.durationMs, locale)}</span> },
          { title: t('indexMethod.runs.valuesWritten'), dataIndex: 'valuesWritten', width: 110 },
          {
            title: t('indexMethod.runs.status'),
            key: 'status',
            render: (_, r) => (
              <>
                <Tag color={r.status === 'succeeded' ? 'green' : 'red'}>{t(`indexMethod.runStatus.${r.status}`)}</Tag>
                {r.error && <Typography.Text type="danger">{r.error}</Typography.Text>}
              </>
            ),
          },
        ]}
      />
      <LoadMoreFooter list={runs} testId="index-runs-more" />
    </Card>
  );
}
