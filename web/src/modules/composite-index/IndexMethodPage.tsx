/**
 * A composite index method (e.g. the integration index): how the published
 * version computes it, in the reader's language; its versions; its values
 * per member and year, each taken apart down to the observations behind it;
 * and its recomputation runs with their durations. The Office starts a
 * recomputation from here (it runs as a background job).
 */
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useApi, useCursorList } from '../../api/hooks.ts';
import type { Indicator, IndexMethodVersion } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { formatDateTime } from '../../shell/format.ts';
import { NotFoundPage } from '../../shell/StatusPages.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { isMissing } from '../dashboard/labels.ts';
import { INDICATOR_ACCESS } from '../indicators/access.ts';
import { indicatorsApi } from '../indicators/indicatorsApi.ts';
import { bilingual } from '../indicators/labels.ts';
import { PageTitle } from '../indicators/PageTitle.tsx';
import { useReference } from '../region/reference.ts';
import { indexApi } from './indexApi.ts';
import { IndexRuns } from './IndexRuns.tsx';
import { IndexValues } from './IndexValues.tsx';
import { MethodExplained } from './MethodExplained.tsx';
import { ScrollableTable } from '../indicators/ScrollableTable.tsx';

/** After asking for a recomputation, read the runs again a few times: the job takes a moment. */
const RUN_POLLS_MS = [1500, 4000, 9000];

export default function IndexMethodPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const { timeZone } = useReference();
  const office = hasRole(user, ...INDICATOR_ACCESS.manage);
  const [params, setParams] = useSearchParams();
  const method = useApi((signal) => indexApi.method(code, signal), `method:${code}`);
  const asked = Number(params.get('version'));
  const current = method.data?.currentVersion ?? null;
  const shownVersion = Number.isInteger(asked) && asked > 0 ? asked : (current ?? undefined);
  const shown = method.data?.versions.find((v) => v.version === shownVersion) ?? method.data?.current ?? null;
  const [generation, setGeneration] = useState(0);
  const values = useApi(
    (signal) => (method.data && shown?.status === 'published' ? indexApi.values(code, shown.version, signal) : Promise.resolve(undefined)),
    `values:${code}:${shown?.version ?? ''}:${shown?.status ?? ''}:${generation}`,
  );
  const indicatorList = useApi((signal) => indicatorsApi.list({}, signal).catch(() => [] as Indicator[]), 'all-indicators');
  const indicators = new Map((indicatorList.data ?? []).map((i) => [i.code, i]));
  const runs = useCursorList((cursor, signal) => indexApi.runs(code, cursor, signal), `runs:${code}:${generation}`);
  const [recomputing, setRecomputing] = useState(false);
  const timers = useRef<number[]>([]);
  useEffect(() => () => timers.current.forEach((id) => window.clearTimeout(id)), []);

  if (isMissing(method.error)) return <NotFoundPage />;
  const m = method.data;
  const name = m ? (locale === 'en' ? m.nameEn || m.nameZh : m.nameZh) : code;

  const recompute = async () => {
    setRecomputing(true);
    try {
      const answer = await indexApi.recompute(code);
      void message.success(answer.deduplicated ? t('indexMethod.recompute.waiting') : t('indexMethod.recompute.queued'));
      timers.current.forEach((id) => window.clearTimeout(id));
      timers.current = RUN_POLLS_MS.map((ms) => window.setTimeout(() => setGeneration((n) => n + 1), ms));
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setRecomputing(false);
    }
  };
  const chooseVersion = (version: number) => {
    const next = new URLSearchParams();
    if (version !== current) next.set('version', String(version));
    setParams(next, { replace: true });
  };

  return (
    <div className="yrd-indicators">
      <Link to="/indicators" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined aria-hidden /> {t('indexMethod.backToIndicators')}
      </Link>
      <PageTitle
        title={name}
        testId="index-method-title"
        description={t('indexMethod.description')}
        tags={
          m && (
            <>
              <Tag style={{ marginInlineEnd: 0 }}>{m.code}</Tag>
              {m.isDemo && <DemoTag />}
            </>
          )
        }
        extra={
          <>
            {m && m.versions.length > 0 && (
              <Select<number>
                aria-label={t('indexMethod.versionSelect')}
                style={{ width: 260, maxWidth: '100%' }}
                value={shown?.version}
                onChange={chooseVersion}
                options={m.versions.map((v) => ({
                  value: v.version,
                  label: `${t('indexMethod.versionLabel', { version: v.version })} · ${t(`indexMethod.versionStatus.${v.status}`)}${v.version === current ? ` · ${t('indexMethod.current')}` : ''}`,
                }))}
                data-testid="index-version"
              />
            )}
            {office && (
              <Button icon={<ReloadOutlined />} loading={recomputing} onClick={() => void recompute()} data-testid="index-recompute">
                {t('indexMethod.recompute.button')}
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={method.error} action={<Button size="small" onClick={method.reload}>{t('common.retry')}</Button>} />
      {!m ? (
        !method.error && <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="index-method" data-version={shown?.version ?? ''}>
          {!shown ? (
            <Card size="small">
              <Typography.Text type="secondary">{t('indexMethod.noPublished')}</Typography.Text>
            </Card>
          ) : (
            <>
              {shown.status === 'draft' && (
                <Typography.Text type="warning" data-testid="index-draft-note">
                  {t('indexMethod.draftNote')}
                </Typography.Text>
              )}
              <MethodExplained version={shown} indicators={indicators} />
              <ErrorAlert error={values.error} />
              {shown.status === 'published' &&
                (values.data ? (
                  <IndexValues methodCode={m.code} version={shown} items={values.data.items} indicators={indicators} isDemo={m.isDemo} />
                ) : (
                  !values.error && <Skeleton active />
                ))}
            </>
          )}
          <VersionsCard versions={m.versions} current={current} shown={shown?.version} onChoose={chooseVersion} timeZone={timeZone} />
          <IndexRuns runs={runs} />
        </Space>
      )}
    </div>
  );
}

function VersionsCard({ versions, current, shown, onChoose, timeZone }: { versions: IndexMethodVersion[]; current: number | null; shown: number | undefined; onChoose: (v: number) => void; timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
          {t('indexMethod.versions.title')}
        </Typography.Title>
      }
      data-testid="index-versions"
    >
      <Typography.Paragraph type="secondary">{t('indexMethod.versions.hint')}</Typography.Paragraph>
      <ScrollableTable<IndexMethodVersion>
        label={t('indexMethod.versions.title')}
        size="small"
        rowKey="version"
        pagination={false}
        dataSource={versions}
        scroll={{ x: 720 }}
        columns={[
          {
            title: t('indexMethod.runs.version'),
            key: 'version',
            width: 140,
            render: (_, v) =>
              v.version === shown ? (
                <Typography.Text strong>{t('indexMethod.versionLabel', { version: v.version })}</Typography.Text>
              ) : (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onChoose(v.version)} data-testid={`index-version-${v.version}`}>
                  {t('indexMethod.versionLabel', { version: v.version })}
                </Button>
              ),
          },
          {
            title: t('indexMethod.versions.status'),
            key: 'status',
            width: 170,
            render: (_, v) => (
              <Space size={4}>
                <Tag color={v.status === 'published' ? 'blue' : 'default'}>{t(`indexMethod.versionStatus.${v.status}`)}</Tag>
                {v.version === current && <Tag color="green">{t('indexMethod.current')}</Tag>}
              </Space>
            ),
          },
          { title: t('indexMethod.versions.publishedAt'), key: 'publishedAt', width: 180, render: (_, v) => formatDateTime(v.publishedAt, timeZone) },
          {
            title: t('indexMethod.versions.summary'),
            key: 'summary',
            render: (_, v) => (
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                {t('indexMethod.versions.summaryText', {
                  baseYear: v.spec.baseYear,
                  dimensions: v.spec.dimensions.length,
                  indicators: v.spec.dimensions.reduce((n, d) => n + d.indicators.length, 0),
                })}{' '}
                {bilingual(v.descriptionZh, v.descriptionEn, locale).text}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    </Card>
  );
}
