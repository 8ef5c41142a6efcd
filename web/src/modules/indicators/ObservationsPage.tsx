/**
 * The observations of one indicator: period, scope by name, value with its
 * unit (and the first-published value where a correction changed it),
 * provisional/final, revisions, demo label. Filters (scope, member, year,
 * status) and the open history live in the address, so the dashboard's map
 * and the index page can link straight to a city's or member's values.
 * Users enter values for the scopes they may write; corrections need a
 * reason; the Office confirms provisional values.
 */
import { ArrowLeftOutlined, EditOutlined, HistoryOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useApi, useCursorList } from '../../api/hooks.ts';
import { OBSERVATION_STATUSES, type Observation, type ObservationListQuery, type ObservationStatus } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { LoadMoreFooter } from '../../shell/LoadMoreFooter.tsx';
import { NotFoundPage } from '../../shell/StatusPages.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { isMissing } from '../dashboard/labels.ts';
import { memberName } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { todayIn } from '../tasks/labels.ts';
import { canWriteObservation, INDICATOR_ACCESS, writableScopes } from './access.ts';
import { ConfirmFinalButton } from './ConfirmFinalButton.tsx';
import { CorrectObservationModal } from './CorrectObservationModal.tsx';
import { indicatorsApi } from './indicatorsApi.ts';
import { IndicatorStatusTag, ObservationStatusTag } from './IndicatorTags.tsx';
import { formatValue, indicatorName, scopeName, scopeOptions, scopesOfLevel } from './labels.ts';
import { ObservationFormModal } from './ObservationFormModal.tsx';
import { ObservationImportModal } from './ObservationImportModal.tsx';
import { PageTitle } from './PageTitle.tsx';
import { RevisionDrawer } from './RevisionDrawer.tsx';
import { ScrollableTable } from './ScrollableTable.tsx';

const YEARS_OFFERED = 15;

/** The filters as the address holds them; malformed values are dropped, not sent. */
function useObservationFilters(indicatorCode: string) {
  const [params, setParams] = useSearchParams();
  const scope = params.get('scope');
  const member = params.get('member');
  const year = Number(params.get('year'));
  const status = params.get('status');
  const filters: ObservationListQuery = {
    indicator: indicatorCode,
    scope: scope && /^(region|\d{6})$/.test(scope) ? scope : undefined,
    member: member && /^\d{6}$/.test(member) ? member : undefined,
    year: Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : undefined,
    status: status && (OBSERVATION_STATUSES as readonly string[]).includes(status) ? (status as ObservationStatus) : undefined,
  };
  const opened = params.get('observation');
  const update = (patch: Record<string, string | number | undefined | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next, { replace: true });
  };
  return { filters, opened, update, key: JSON.stringify(filters) };
}

export default function ObservationsPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const { reference, timeZone } = useReference();
  const office = hasRole(user, ...INDICATOR_ACCESS.manage);
  const detail = useApi((signal) => indicatorsApi.get(code, signal), `indicator:${code}`);
  const { filters, opened, update, key } = useObservationFilters(code);
  const list = useCursorList((cursor, signal) => indicatorsApi.observations(filters, cursor, signal), key);
  const [entering, setEntering] = useState(false);
  const [correcting, setCorrecting] = useState<Observation | null>(null);
  const [generation, setGeneration] = useState(0);
  const [importing, setImporting] = useState(false);
  const regionLabel = t('indicators.scope.region');

  if (isMissing(detail.error)) return <NotFoundPage />;
  const indicator = detail.data;
  const scopes = indicator ? writableScopes(indicator, reference, user) : [];
  const canEnter = Boolean(indicator && indicator.status === 'active' && scopes.length > 0 && hasRole(user, ...INDICATOR_ACCESS.write));
  const thisYear = Number(todayIn(timeZone).slice(0, 4));
  const years = Array.from({ length: YEARS_OFFERED }, (_, i) => thisYear - i);
  if (filters.year && !years.includes(filters.year)) years.push(filters.year);
  const written = () => {
    list.reload();
    setGeneration((n) => n + 1);
  };

  const scopeCell = (o: Observation) => (
    <Space size={4} wrap>
      <span data-testid="observation-scope">{scopeName(o.scopeCode, reference, locale, regionLabel)}</span>
      {o.scopeCode !== 'region' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {o.scopeCode}
        </Typography.Text>
      )}
    </Space>
  );

  const valueCell = (o: Observation) => (
    <span data-testid="observation-value">
      <Typography.Text strong>{formatValue(o.value, indicator, locale)}</Typography.Text>
      {o.firstValue !== o.value && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid="observation-first-value">
          {t('indicators.observations.firstWas', { value: formatValue(o.firstValue, indicator, locale) })}
        </Typography.Text>
      )}
    </span>
  );

  const actions = (o: Observation, where: 'row' | 'drawer') => (
    <Space size={4} wrap>
      {where === 'row' && (
        <Button
          size="small"
          icon={<HistoryOutlined />}
          onClick={() => update({ observation: o.id })}
          aria-label={t('indicators.history.openLabel', { period: o.period, scope: scopeName(o.scopeCode, reference, locale, regionLabel) })}
          data-testid="observation-history"
        >
          {t('indicators.history.open')}
        </Button>
      )}
      {indicator?.status === 'active' && canWriteObservation(o, user) && hasRole(user, ...INDICATOR_ACCESS.write) && (
        <Button
          size="small"
          icon={<EditOutlined />}
          onClick={() => setCorrecting(o)}
          aria-label={t('indicators.correct.label', { period: o.period, scope: scopeName(o.scopeCode, reference, locale, regionLabel) })}
          data-testid={where === 'row' ? 'observation-correct' : 'drawer-correct'}
        >
          {t('indicators.correct.button')}
        </Button>
      )}
      {office && (
        <ConfirmFinalButton
          observation={o}
          label={t('indicators.confirm.label', { period: o.period, scope: scopeName(o.scopeCode, reference, locale, regionLabel) })}
          onConfirmed={written}
          testId={where === 'row' ? 'observation-confirm' : 'drawer-confirm'}
        />
      )}
    </Space>
  );

  return (
    <div className="yrd-indicators">
      <Link to={`/indicators/${encodeURIComponent(code)}`} style={{ display: 'inline-block', marginBottom: 8 }} data-testid="back-to-indicator">
        <ArrowLeftOutlined aria-hidden /> {indicator ? indicatorName(indicator, locale) : code}
      </Link>
      <PageTitle
        title={indicator ? t('indicators.observations.title', { name: indicatorName(indicator, locale) }) : t('indicators.observations.titlePlain')}
        description={t('indicators.observations.description')}
        testId="observations-title"
        tags={
          indicator && (
            <>
              <Tag style={{ marginInlineEnd: 0 }}>{indicator.code}</Tag>
              {indicator.status === 'retired' && <IndicatorStatusTag status="retired" />}
              {indicator.isDemo && <DemoTag />}
            </>
          )
        }
        extra={
          canEnter && (
            <>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="observation-import-open">
                {t('observationImport.open')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEntering(true)} data-testid="observation-create">
                {t('indicators.enter.button')}
              </Button>
            </>
          )
        }
      />
      <ErrorAlert error={detail.error} action={<Button size="small" onClick={detail.reload}>{t('common.retry')}</Button>} />
      <Card size="small">
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="observations-filters">
          {indicator && indicator.level !== 'region' && (
            <Select<string>
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={t('indicators.filters.scope')}
              placeholder={t('indicators.filters.scope')}
              style={{ width: 220, maxWidth: '100%' }}
              value={filters.scope}
              onChange={(scope) => update({ scope })}
              options={scopeOptions(indicator.level, scopesOfLevel(indicator.level, reference), reference, locale, regionLabel)}
              data-testid="observations-filter-scope"
            />
          )}
          {indicator?.level === 'city' && (
            <Select<string>
              allowClear
              aria-label={t('indicators.filters.member')}
              placeholder={t('indicators.filters.member')}
              style={{ width: 150 }}
              value={filters.member}
              onChange={(member) => update({ member })}
              options={(reference?.members ?? []).map((m) => ({ value: m.code, label: memberName(m, locale) }))}
              data-testid="observations-filter-member"
            />
          )}
          <Select<number>
            allowClear
            aria-label={t('indicators.filters.year')}
            placeholder={t('indicators.filters.year')}
            style={{ width: 120 }}
            value={filters.year}
            onChange={(year) => update({ year })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            data-testid="observations-filter-year"
          />
          <Select<ObservationStatus>
            allowClear
            aria-label={t('indicators.filters.observationStatus')}
            placeholder={t('indicators.filters.observationStatus')}
            style={{ width: 130 }}
            value={filters.status}
            onChange={(status) => update({ status })}
            options={OBSERVATION_STATUSES.map((s) => ({ value: s, label: t(`indicators.observationStatus.${s}`) }))}
            data-testid="observations-filter-status"
          />
        </Flex>
        <ErrorAlert error={list.error} action={<Button size="small" onClick={list.reload}>{t('common.retry')}</Button>} />
        <ScrollableTable<Observation>
          label={t('indicators.observations.titlePlain')}
          data-testid="observations-table"
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.items}
          pagination={false}
          scroll={{ x: 1320 }}
          locale={{ emptyText: t('indicators.observations.empty') }}
          onRow={(o) => ({ 'data-testid': `observation-row-${o.scopeCode}-${o.period}`, 'data-status': o.status, 'data-id': o.id }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('indicators.fields.period'), dataIndex: 'period', width: 100 },
            { title: t('indicators.fields.scope'), key: 'scope', width: 200, render: (_, o) => scopeCell(o) },
            { title: t('indicators.fields.value'), key: 'value', width: 170, render: (_, o) => valueCell(o) },
            {
              title: t('indicators.fields.status'),
              key: 'status',
              width: 130,
              render: (_, o) => (
                <Space size={4} wrap>
                  <ObservationStatusTag status={o.status} />
                  {o.isDemo && <DemoTag />}
                </Space>
              ),
            },
            {
              title: t('indicators.observations.revisions'),
              key: 'revisions',
              width: 90,
              render: (_, o) => <span data-testid="observation-revisions">{o.revision}</span>,
            },
            { title: t('indicators.fields.source'), dataIndex: 'source', width: 180, ellipsis: true, render: (s: string) => s || '—' },
            { title: t('indicators.observations.updatedAt'), key: 'updatedAt', width: 170, render: (_, o) => formatDateTime(o.updatedAt, timeZone) },
            { title: t('common.actions'), key: 'actions', width: 260, render: (_, o) => actions(o, 'row') },
          ]}
        />
        <LoadMoreFooter list={list} testId="observations-load-more" />
      </Card>
      {indicator && (
        <>
          <RevisionDrawer
            observationId={opened}
            indicator={indicator}
            generation={generation}
            onClose={() => update({ observation: undefined })}
            actions={(o) => actions(o, 'drawer')}
          />
          {canEnter && (
            <ObservationFormModal
              open={entering}
              indicator={indicator}
              scopes={scopes}
              defaultScope={filters.scope}
              canSetFinal={office}
              onClose={() => setEntering(false)}
              onSaved={(o) => {
                written();
                update({ observation: o.id });
              }}
            />
          )}
          <CorrectObservationModal
            observation={correcting}
            indicator={indicator}
            onClose={() => setCorrecting(null)}
            onReload={written}
            onSaved={(o) => {
              written();
              update({ observation: o.id });
            }}
          />
        </>
      )}
      {importing && indicator && <ObservationImportModal open defaultCodes={[indicator.code]} onClose={() => setImporting(false)} onImported={written} />}
    </div>
  );
}
