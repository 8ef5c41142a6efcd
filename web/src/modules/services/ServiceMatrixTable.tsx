/**
 * Service × member at a glance: one row per service, a status tag per member
 * (with channels and coverage on hover), and the last 12 months of usage. Used
 * by the services page and, smaller, by the dashboard.
 */
import { Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ScrollableTable } from '../indicators/ScrollableTable.tsx';
import { formatCount, serviceName, StatusTag } from './labels.tsx';
import type { ServiceMatrix } from './servicesApi.ts';

type Row = ServiceMatrix['rows'][number];

export function ServiceMatrixTable({ matrix, compact = false }: { matrix: ServiceMatrix; compact?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ScrollableTable<Row>
      label={t('services.matrixTitle')}
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={matrix.rows}
      scroll={{ x: 'max-content' }}
      data-testid="service-matrix"
      columns={[
        {
          title: t('services.fields.name'),
          key: 'name',
          fixed: 'left',
          width: compact ? 160 : 240,
          render: (_, r) => (
            <Space size={4} wrap>
              <Link to={`/services/${r.id}`} data-testid={`service-matrix-link-${r.code}`}>{serviceName(r, locale)}</Link>
              {r.isDemo && <DemoTag />}
            </Space>
          ),
        },
        ...matrix.members.map((m) => ({
          title: locale === 'en' ? m.nameEn : m.nameZh,
          key: m.code,
          render: (_: unknown, r: Row) => {
            const cell = r.cells.find((c) => c.memberCode === m.code);
            if (!cell) return null;
            const detail = cell.status
              ? [cell.since ? `${t('services.fields.since')} ${cell.since}` : '', cell.channels.map((c) => t(`services.channel.${c}`)).join(' / '),
                cell.allCities ? t('services.fields.allCities') : `${t('services.fields.cities')}: ${cell.cityCount}`].filter(Boolean).join(' · ')
              : '';
            return (
              <Tooltip title={detail || undefined}>
                <span data-testid={`service-cell-${r.code}-${m.code}`}><StatusTag status={cell.status} /></span>
              </Tooltip>
            );
          },
        })),
        {
          title: t('services.usageRecent'),
          key: 'usage',
          align: 'right' as const,
          render: (_: unknown, r: Row) => <Typography.Text>{formatCount(r.usageRecent, locale)}</Typography.Text>,
        },
      ]}
    />
  );
}
