/**
 * One indicator: what it measures and how (in the reader's language), its
 * series for chosen scopes against the targets (latest or as first
 * published), the targets themselves (the Office edits them), and the way to
 * its observations.
 */
import { EditOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import type { Indicator, IndicatorDetail } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { NotFoundPage } from '../../shell/StatusPages.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { isMissing } from '../dashboard/labels.ts';
import { useAreas } from '../plans/areas.ts';
import { useReference } from '../region/reference.ts';
import { INDICATOR_ACCESS } from './access.ts';
import { areaNameByCode } from './focusAreas.ts';
import { IndicatorFormModal } from './IndicatorFormModal.tsx';
import { indicatorsApi } from './indicatorsApi.ts';
import { IndicatorStatusTag, LevelTag } from './IndicatorTags.tsx';
import { bilingual, formatNumber, indicatorName, indicatorUnit } from './labels.ts';
import { PageTitle } from './PageTitle.tsx';
import { RetireButton } from './RetireButton.tsx';
import { SeriesChart } from './SeriesChart.tsx';
import { TargetsCard } from './TargetsCard.tsx';
import { Breadcrumbs } from '../../shell/Breadcrumbs.tsx';

/** A text in the reader's language; when only the other language has it, that one, marked as such. */
function Bilingual({ zh, en }: { zh: string; en: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { text, fallback } = bilingual(zh, en, locale);
  if (!text.trim()) return <>—</>;
  return (
    <span lang={fallback ? (locale === 'en' ? 'zh-CN' : 'en') : undefined} style={{ whiteSpace: 'pre-wrap' }}>
      {text}
      {fallback && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
          {t('indicators.detail.otherLanguage')}
        </Typography.Text>
      )}
    </span>
  );
}

function bounds(indicator: Indicator, locale: 'zh-CN' | 'en'): string | null {
  const min = indicator.minValue ?? (indicator.valueKind === 'percent' ? 0 : null);
  const max = indicator.maxValue ?? (indicator.valueKind === 'percent' ? 100 : null);
  if (min === null && max === null) return null;
  return `${min === null ? '…' : formatNumber(min, locale)} – ${max === null ? '…' : formatNumber(max, locale)}`;
}

export default function IndicatorDetailPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const { timeZone } = useReference();
  const { areas } = useAreas();
  const office = hasRole(user, ...INDICATOR_ACCESS.manage);
  const detail = useApi((signal) => indicatorsApi.get(code, signal), `indicator:${code}`);
  const [editing, setEditing] = useState(false);

  if (isMissing(detail.error)) return <NotFoundPage />;
  const indicator = detail.data;
  const observationsPath = `/indicators/${encodeURIComponent(code)}/observations`;
  const merge = (changed: Indicator) => indicator && detail.setData({ ...indicator, ...changed } as IndicatorDetail);

  return (
    <div className="yrd-indicators">
      <Breadcrumbs items={[{ label: t('nav.indicators'), to: '/indicators' }, { label: indicator ? indicatorName(indicator, locale) : code }]} />
      <ErrorAlert error={detail.error} action={<Button size="small" onClick={detail.reload}>{t('common.retry')}</Button>} />
      {!indicator ? (
        !detail.error && <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="indicator-detail" data-code={indicator.code}>
          <PageTitle
            title={indicatorName(indicator, locale)}
            testId="indicator-title"
            tags={
              <>
                <Tag style={{ marginInlineEnd: 0 }}>{indicator.code}</Tag>
                <LevelTag level={indicator.level} />
                <IndicatorStatusTag status={indicator.status} />
                {indicator.isDemo && <DemoTag />}
              </>
            }
            extra={
              <>
                <Link to={observationsPath} data-testid="indicator-observations" style={{ lineHeight: '32px' }}>
                  <TableOutlined aria-hidden /> {t('indicators.observationsLink')}
                </Link>
                {office && indicator.status === 'active' && (
                  <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="indicator-edit">
                    {t('indicators.edit')}
                  </Button>
                )}
                {office && <RetireButton indicator={indicator} onRetired={merge} />}
              </>
            }
          />
          <Card
            size="small"
            title={
              <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
                {t('indicators.detail.definition')}
              </Typography.Title>
            }
          >
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 1, md: 2 }}
              data-testid="indicator-definition"
              items={[
                { key: 'definition', label: t('indicators.fields.definition'), span: 'filled', children: <Bilingual zh={indicator.definitionZh} en={indicator.definitionEn} /> },
                { key: 'unit', label: t('indicators.fields.unit'), children: indicatorUnit(indicator, locale) || '—' },
                {
                  key: 'kind',
                  label: t('indicators.fields.valueKind'),
                  children: (
                    <>
                      {t(`indicators.valueKind.${indicator.valueKind}`)}
                      {bounds(indicator, locale) && ` · ${t('indicators.detail.bounds', { range: bounds(indicator, locale) })}`}
                    </>
                  ),
                },
                { key: 'direction', label: t('indicators.fields.direction'), children: t(`indicators.direction.${indicator.direction}`) },
                { key: 'level', label: t('indicators.fields.level'), children: t(`indicators.level.${indicator.level}`) },
                { key: 'frequency', label: t('indicators.fields.frequency'), children: t(`indicators.frequency.${indicator.frequency}`) },
                { key: 'area', label: t('indicators.fields.focusArea'), children: areaNameByCode(areas, indicator.focusAreaCode, locale) },
                { key: 'source', label: t('indicators.fields.sourceOrg'), span: 'filled', children: <Bilingual zh={indicator.sourceOrgZh} en={indicator.sourceOrgEn} /> },
                { key: 'notes', label: t('indicators.fields.methodNotes'), span: 'filled', children: <Bilingual zh={indicator.methodNotesZh} en={indicator.methodNotesEn} /> },
                ...(indicator.retiredAt
                  ? [{ key: 'retired', label: t('indicators.fields.retiredAt'), children: formatDateTime(indicator.retiredAt, timeZone) }]
                  : []),
              ]}
            />
            {indicator.isDemo && (
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }} data-testid="indicator-demo-note">
                {t('indicators.detail.demoNote')}
              </Typography.Paragraph>
            )}
          </Card>
          <SeriesChart indicator={indicator} targets={indicator.targets} />
          <TargetsCard indicator={indicator} canEdit={office} onSaved={(saved) => detail.setData(saved)} />
        </Space>
      )}
      {office && indicator && (
        <IndicatorFormModal open={editing} indicator={indicator} onClose={() => setEditing(false)} onReload={detail.reload} onSaved={() => detail.reload()} />
      )}
    </div>
  );
}
