/**
 * A published method explained for readers: its own description (in the
 * reader's language, the other language one click away), how values are
 * normalised, what happens to missing data, the base year, and each
 * dimension with its indicators and weights (as shares of the whole).
 */
import { Card, Collapse, Descriptions, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Indicator, IndexMethodSpec, IndexMethodVersion } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { bilingual, indicatorName } from '../indicators/labels.ts';
import { ScrollableTable } from '../indicators/ScrollableTable.tsx';

type Dimension = IndexMethodSpec['dimensions'][number];

const share = (weight: number, total: number) => (total > 0 ? `${((weight / total) * 100).toLocaleString(undefined, { maximumFractionDigits: 1 })}%` : '—');

export function MethodExplained({ version, indicators }: { version: IndexMethodVersion; indicators: Map<string, Indicator> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { spec } = version;
  const description = bilingual(version.descriptionZh, version.descriptionEn, locale);
  const other = locale === 'en' ? version.descriptionZh : version.descriptionEn;
  const dimensionTotal = spec.dimensions.reduce((sum, d) => sum + d.weight, 0);
  const aggregate = spec.aggregate ?? 'last';
  // Labels beside long explanations leave no room on a phone: there they go above.
  const wide = Grid.useBreakpoint().md ?? true;

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
          {t('indexMethod.explained.title', { version: version.version })}
        </Typography.Title>
      }
      data-testid="method-explained"
    >
      {description.text.trim() && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} lang={description.fallback ? (locale === 'en' ? 'zh-CN' : 'en') : undefined} data-testid="method-description">
          {description.text}
        </Typography.Paragraph>
      )}
      {!description.fallback && other.trim() && (
        <Collapse
          size="small"
          style={{ marginBottom: 12 }}
          items={[
            {
              key: 'other',
              label: t('indexMethod.explained.otherLanguage'),
              children: (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} lang={locale === 'en' ? 'zh-CN' : 'en'}>
                  {other}
                </Typography.Paragraph>
              ),
            },
          ]}
        />
      )}
      <Descriptions
        size="small"
        column={1}
        bordered
        layout={wide ? 'horizontal' : 'vertical'}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'base', label: t('indexMethod.explained.baseYear'), children: spec.baseYear },
          { key: 'norm', label: t('indexMethod.explained.normalisation'), children: t(`indexMethod.normalisation.${spec.normalisation}`, { baseYear: spec.baseYear }) },
          { key: 'missing', label: t('indexMethod.explained.missing'), children: t(`indexMethod.missing.${spec.missing}`) },
          { key: 'aggregate', label: t('indexMethod.explained.aggregate'), children: t(`indexMethod.aggregate.${aggregate}`) },
          { key: 'scale', label: t('indexMethod.explained.scale'), children: t('indexMethod.explained.scaleText') },
        ]}
      />
      <ScrollableTable<Dimension>
        label={t('indexMethod.explained.dimension')}
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={spec.dimensions}
        scroll={{ x: 640 }}
        data-testid="method-dimensions"
        columns={[
          { title: t('indexMethod.explained.dimension'), key: 'name', width: 200, render: (_, d) => (locale === 'en' ? d.nameEn || d.nameZh : d.nameZh) },
          { title: t('indexMethod.explained.weight'), key: 'weight', width: 100, render: (_, d) => share(d.weight, dimensionTotal) },
          {
            title: t('indexMethod.explained.indicators'),
            key: 'indicators',
            render: (_, d) => {
              const total = d.indicators.reduce((sum, i) => sum + i.weight, 0);
              return (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {d.indicators.map((i) => {
                    const indicator = indicators.get(i.code);
                    return (
                      <li key={i.code}>
                        <Link to={`/indicators/${encodeURIComponent(i.code)}`}>{indicator ? indicatorName(indicator, locale) : i.code}</Link>{' '}
                        <Typography.Text type="secondary">
                          {share(i.weight, total)}
                          {indicator && ` · ${t(`indicators.direction.${indicator.direction}`)}`}
                          {i.aggregate && i.aggregate !== aggregate && ` · ${t(`indexMethod.aggregate.${i.aggregate}`)}`}
                        </Typography.Text>
                      </li>
                    );
                  })}
                </ul>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
