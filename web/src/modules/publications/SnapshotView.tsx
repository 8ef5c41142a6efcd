/** The public text of a publication as the portal shows it: the frozen snapshot, or a draft's preview. */
import { Descriptions, List, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale.ts';
import type { PublicationSnapshot } from './publicationsApi.ts';

export function SnapshotView({ snapshot }: { snapshot: PublicationSnapshot }) {
  const { t } = useTranslation();
  const en = useLocale() === 'en';
  const pick = (zh: string | undefined, e: string | undefined) => (en ? e || zh || '' : zh || e || '');
  const names = (list: { nameZh: string; nameEn: string }[]) => list.map((n) => pick(n.nameZh, n.nameEn)).join(en ? ', ' : '、');
  const items = [
    snapshot.code ? { key: 'code', label: t('publications.snapshot.code'), children: snapshot.code } : null,
    snapshot.status ? { key: 'status', label: t('publications.snapshot.status'), children: snapshot.status } : null,
    snapshot.date || snapshot.endDate ? { key: 'dates', label: t('publications.snapshot.dates'), children: [snapshot.date, snapshot.endDate].filter(Boolean).join(' — ') } : null,
    snapshot.progress !== null ? { key: 'progress', label: t('publications.snapshot.progress'), children: <Progress percent={snapshot.progress} size="small" style={{ maxWidth: 200 }} /> } : null,
    snapshot.members.length ? { key: 'members', label: t('publications.snapshot.members'), children: names(snapshot.members) } : null,
    snapshot.cities.length ? { key: 'cities', label: t('publications.snapshot.cities'), children: names(snapshot.cities) } : null,
    snapshot.bodies.length ? { key: 'bodies', label: t('publications.snapshot.bodies'), children: names(snapshot.bodies) } : null,
  ].filter((x) => x !== null);
  return (
    <div data-testid="publication-snapshot">
      <Typography.Title level={5} style={{ overflowWrap: 'anywhere' }}>{pick(snapshot.titleZh, snapshot.titleEn)}</Typography.Title>
      <Descriptions size="small" column={1} items={items} />
      {pick(snapshot.summaryZh, snapshot.summaryEn) && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{pick(snapshot.summaryZh, snapshot.summaryEn)}</Typography.Paragraph>}
      {snapshot.sections.filter((s) => s.rows.length > 0).map((s) => (
        <List
          key={s.key} size="small" header={<strong>{t(`publications.sections.${s.key}`, { defaultValue: s.key })}</strong>} dataSource={s.rows}
          renderItem={(r) => <List.Item style={{ overflowWrap: 'anywhere' }}>{pick(r.zh, r.en)}{r.detailZh || r.detailEn ? ` · ${pick(r.detailZh, r.detailEn)}` : ''}{r.progress != null ? ` · ${r.progress}%` : ''}</List.Item>}
        />
      ))}
      {snapshot.series && snapshot.series.periods.length > 0 && <Typography.Text type="secondary">{t('publications.snapshot.series', { lines: snapshot.series.lines.length, periods: snapshot.series.periods.length })}</Typography.Text>}
    </div>
  );
}
