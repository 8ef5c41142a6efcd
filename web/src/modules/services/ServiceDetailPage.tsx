/**
 * One service: what it is and who is responsible in each member; each
 * member's availability (set by that member or the Office) with the kept
 * history of changes; usage origin → destination as a heatmap with totals,
 * and the monthly trend (total and per origin). Demo figures are tagged.
 */
import { ArrowLeftOutlined, EditOutlined, FundOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { Chart } from '../dashboard/Chart.tsx';
import { PageTitle } from '../indicators/PageTitle.tsx';
import { ScrollableTable } from '../indicators/ScrollableTable.tsx';
import { writableMembers } from '../indicators/access.ts';
import { useReference } from '../region/reference.ts';
import './heatmap.ts';
import { cityName, formatCount, memberName, serviceName, StatusTag } from './labels.tsx';
import { AvailabilityFormModal, DeclareIndicatorModal, ServiceFormModal, UsageFormModal } from './ServiceFormModal.tsx';
import { servicesApi, type HistoryEntry, type Range } from './servicesApi.ts';

type Editing = { kind: 'service' } | { kind: 'availability'; memberCode: string } | { kind: 'usage' } | { kind: 'indicator' } | null;

export default function ServiceDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const { reference } = useReference();
  const office = hasRole(user, 'office');
  const mine = writableMembers(user);
  const canWrite = (memberCode: string) => mine === 'all' || mine.includes(memberCode);
  const [range, setRange] = useState<Range>({});
  const [tick, setTick] = useState(0);
  const rangeKey = `${id}:${range.from ?? ''}:${range.to ?? ''}:${tick}`;
  const detail = useApi((signal) => servicesApi.get(id, signal), `${id}:${tick}`);
  const history = useApi((signal) => servicesApi.history(id, signal), `${id}:${tick}`);
  const matrix = useApi((signal) => servicesApi.usageMatrix(id, range, signal), rangeKey);
  const trend = useApi((signal) => servicesApi.usageTrend(id, range, signal), rangeKey);
  const [editing, setEditing] = useState<Editing>(null);
  const saved = () => { setEditing(null); setTick((n) => n + 1); };
  const name = (code: string) => memberName(code, reference, locale);

  const heat = useMemo(() => {
    const m = matrix.data;
    if (!m) return null;
    const members = m.members;
    const max = Math.max(1, ...m.cells.map((c) => c.count));
    const data = m.cells.map((c) => [members.indexOf(c.destinationMemberCode), members.indexOf(c.originMemberCode), c.count]);
    return {
      option: {
        tooltip: { formatter: (p: { value: [number, number, number] }) => `${name(members[p.value[1]]!)} → ${name(members[p.value[0]]!)}: ${formatCount(p.value[2], locale)}` },
        grid: { left: 80, right: 16, top: 16, bottom: 72 },
        xAxis: { type: 'category', data: members.map(name), name: t('services.usage.axisDestination'), nameLocation: 'middle', nameGap: 28, splitArea: { show: true } },
        yAxis: { type: 'category', data: members.map(name), name: t('services.usage.axisOrigin'), splitArea: { show: true } },
        visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120 },
        series: [{ type: 'heatmap', data, label: { show: true, formatter: (p: { value: [number, number, number] }) => formatCount(p.value[2], locale) } }],
      },
      table: {
        columns: [t('services.fields.origin'), ...members.map(name), t('services.usage.originTotal')],
        rows: [
          ...members.map((o) => [name(o), ...members.map((d) => m.cells.find((c) => c.originMemberCode === o && c.destinationMemberCode === d)?.count ?? 0), m.originTotals.find((x) => x.memberCode === o)?.count ?? 0]),
          [t('services.usage.destinationTotal'), ...members.map((d) => m.destinationTotals.find((x) => x.memberCode === d)?.count ?? 0), m.total],
        ],
      },
    };
  }, [matrix.data, locale, reference]); // eslint-disable-line react-hooks/exhaustive-deps

  const trendChart = useMemo(() => {
    const tr = trend.data;
    if (!tr) return null;
    const months = tr.items.map((i) => i.month);
    return {
      option: {
        tooltip: { trigger: 'axis' },
        legend: { type: 'scroll', bottom: 0 },
        grid: { left: 64, right: 16, top: 16, bottom: 56 },
        xAxis: { type: 'category', data: months },
        yAxis: { type: 'value' },
        series: [
          { type: 'line', name: t('services.usage.total'), data: tr.items.map((i) => i.count), lineStyle: { width: 3 } },
          ...tr.byOrigin.map((o) => ({ type: 'line', name: name(o.memberCode), data: months.map((mo) => o.items.find((i) => i.month === mo)?.count ?? 0) })),
        ],
      },
      table: { columns: [t('services.fields.month'), t('services.usage.total'), ...tr.byOrigin.map((o) => name(o.memberCode))], rows: tr.items.map((i) => [i.month, i.count, ...tr.byOrigin.map((o) => o.items.find((x) => x.month === i.month)?.count ?? 0)]) },
    };
  }, [trend.data, locale, reference]); // eslint-disable-line react-hooks/exhaustive-deps

  if (detail.error) return <ErrorAlert error={detail.error} />;
  const s = detail.data;
  if (!s) return null;
  const members = reference?.members ?? [];

  return (
    <div data-testid="service-detail">
      <Link to="/services"><ArrowLeftOutlined /> {t('services.backToList')}</Link>
      <PageTitle
        title={serviceName(s, locale)}
        tags={<>{s.isDemo && <DemoTag />}<Tag>{t(`services.category.${s.category}`)}</Tag><Tag>{s.code}</Tag></>}
        testId="service-title"
        extra={
          <>
            {(office || mine.length > 0) && <Button icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'usage' })} data-testid="usage-enter">{t('services.usage.enter')}</Button>}
            {office && <Button icon={<FundOutlined />} onClick={() => setEditing({ kind: 'indicator' })} data-testid="indicator-declare">{t('services.indicator.declare')}</Button>}
            {office && <Button icon={<EditOutlined />} onClick={() => setEditing({ kind: 'service' })} data-testid="service-edit">{t('services.edit')}</Button>}
          </>
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 2 }} items={[
            { key: 'zh', label: t('services.fields.nameZh'), children: s.nameZh },
            { key: 'en', label: t('services.fields.nameEn'), children: s.nameEn || '—' },
            { key: 'basis', label: t('services.fields.legalBasis'), children: (locale === 'en' ? s.legalBasisEn || s.legalBasisZh : s.legalBasisZh) || '—' },
            { key: 'bodies', label: t('services.fields.bodies'), children: s.bodies.map((b) => `${name(b.memberCode)}: ${(locale === 'en' ? reference?.bodyByCode.get(b.bodyCode)?.nameEn : reference?.bodyByCode.get(b.bodyCode)?.nameZh) ?? b.bodyCode}`).join('；') || '—' },
            ...(s.indicators.length ? [{ key: 'ind', label: t('services.indicator.linked'), children: <Space wrap>{s.indicators.map((i) => <Link key={i.code} to={`/indicators/${i.code}`}>{i.code} · {t(`services.indicator.basisLabel.${i.basis}`)}</Link>)}</Space> }] : []),
          ]} />
        </Card>
        <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('services.availability.title')}</Typography.Title>}>
          <ScrollableTable
            label={t('services.availability.title')}
            size="small"
            rowKey="code"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={members}
            data-testid="availability-table"
            columns={[
              { title: t('services.fields.member'), key: 'member', render: (_, m) => name(m.code) },
              { title: t('services.fields.status'), key: 'status', render: (_, m) => {
                const a = s.availability.find((x) => x.memberCode === m.code);
                return <Space size={4}><StatusTag status={a?.status ?? null} />{a?.isDemo && <DemoTag />}</Space>;
              } },
              { title: t('services.fields.since'), key: 'since', render: (_, m) => s.availability.find((x) => x.memberCode === m.code)?.since ?? '—' },
              { title: t('services.fields.channels'), key: 'channels', render: (_, m) => (s.availability.find((x) => x.memberCode === m.code)?.channels ?? []).map((c) => t(`services.channel.${c}`)).join(' / ') || '—' },
              { title: t('services.fields.coverage'), key: 'coverage', render: (_, m) => {
                const a = s.availability.find((x) => x.memberCode === m.code);
                if (!a) return '—';
                return a.allCities ? t('services.fields.allCities') : a.cityCodes.map((c) => cityName(c, reference, locale)).join('、');
              } },
              { title: '', key: 'edit', render: (_, m) => canWrite(m.code) && (
                <Button size="small" onClick={() => setEditing({ kind: 'availability', memberCode: m.code })} data-testid={`availability-edit-${m.code}`}>{t('services.availability.edit')}</Button>
              ) },
            ]}
          />
          <Typography.Title level={3} style={{ fontSize: 14, marginTop: 16 }}>{t('services.availability.history')}</Typography.Title>
          <ScrollableTable<HistoryEntry>
            label={t('services.availability.history')}
            size="small"
            rowKey={(h) => `${h.memberCode}:${h.revision}`}
            pagination={(history.data?.length ?? 0) > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            dataSource={history.data ?? []}
            locale={{ emptyText: t('services.availability.historyEmpty') }}
            data-testid="availability-history"
            columns={[
              { title: t('services.fields.changedAt'), key: 'at', render: (_, h) => dayjs(h.changedAt).format('YYYY-MM-DD HH:mm') },
              { title: t('services.fields.member'), key: 'member', render: (_, h) => name(h.memberCode) },
              { title: t('services.fields.revision'), dataIndex: 'revision' },
              { title: t('services.fields.status'), key: 'status', render: (_, h) => <StatusTag status={h.status} /> },
              { title: t('services.fields.coverage'), key: 'coverage', render: (_, h) => (h.allCities ? t('services.fields.allCities') : h.cityCodes.map((c) => cityName(c, reference, locale)).join('、')) },
              { title: t('services.fields.changedBy'), dataIndex: 'changedByName' },
            ]}
          />
        </Card>
        <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('services.usage.title')}</Typography.Title>}>
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
            <DatePicker picker="month" placeholder={t('services.usage.from')} aria-label={t('services.usage.from')} value={range.from ? dayjs(`${range.from}-01`) : null}
              onChange={(d) => setRange({ ...range, from: d ? d.format('YYYY-MM') : undefined })} data-testid="usage-from" />
            <DatePicker picker="month" placeholder={t('services.usage.to')} aria-label={t('services.usage.to')} value={range.to ? dayjs(`${range.to}-01`) : null}
              onChange={(d) => setRange({ ...range, to: d ? d.format('YYYY-MM') : undefined })} data-testid="usage-to" />
            {matrix.data && <Typography.Text strong data-testid="usage-total">{t('services.usage.total')}: {formatCount(matrix.data.total, locale)}</Typography.Text>}
            {matrix.data?.isDemo && <DemoTag />}
          </Flex>
          {Boolean(matrix.error) && <ErrorAlert error={matrix.error} />}
          {matrix.data && matrix.data.total === 0 && <Typography.Text type="secondary">{t('services.usage.empty')}</Typography.Text>}
          {heat && matrix.data && matrix.data.total > 0 && (
            <Chart title={t('services.usage.heatmap')} option={heat.option} table={heat.table} fileName={`${s.code}-usage-matrix`} height={360} level={3} testId="usage-heatmap" />
          )}
          {trendChart && trend.data && trend.data.items.length > 0 && (
            <div style={{ marginTop: 16 }}>
              <Chart title={t('services.usage.trend')} option={trendChart.option} table={trendChart.table} fileName={`${s.code}-usage-trend`} height={320} level={3} testId="usage-trend" />
            </div>
          )}
        </Card>
      </Space>
      {editing?.kind === 'service' && <ServiceFormModal service={s} onClose={() => setEditing(null)} onSaved={saved} onReload={saved} />}
      {editing?.kind === 'availability' && (
        <AvailabilityFormModal service={s} memberCode={editing.memberCode} current={s.availability.find((a) => a.memberCode === editing.memberCode)} onClose={() => setEditing(null)} onSaved={saved} />
      )}
      {editing?.kind === 'usage' && <UsageFormModal service={s} origins={mine} onClose={() => setEditing(null)} onSaved={saved} />}
      {editing?.kind === 'indicator' && <DeclareIndicatorModal service={s} onClose={() => setEditing(null)} onSaved={saved} />}
    </div>
  );
}
