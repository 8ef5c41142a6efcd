/**
 * 成果报告: the annual results report, the quarterly bulletin and a member's
 * annual report, generated from the records (the server's document model),
 * shown as a page and downloadable as Word or PDF (background print jobs with
 * progress). The Office writes the foreword and outlook and publishes an
 * edition. The chosen report is kept in the address so it can be linked.
 */
import { EditOutlined, FilePdfOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Select, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { formatDateTime } from '../../shell/format.ts';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { PrintButton } from '../printing/PrintButton.tsx';
import { memberOptions } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { WORK_ACCESS } from '../tasks/access.ts';
import { todayIn } from '../tasks/labels.ts';
import { EditionDrawer } from './EditionDrawer.tsx';
import { type ReportChoice, RESULTS_KINDS, choiceParams, printJobOf, readChoice, reportKey, yearOptions } from './reportParams.ts';
import { ReportView } from './ReportView.tsx';
import { resultsApi } from './resultsApi.ts';
import './results.css';

/** The demo marking of a whole report: the same colours as the demo tag elsewhere (WCAG AA). */
function DemoDataTag() {
  const { t } = useTranslation();
  return (
    <Tag data-testid="results-demo" style={{ marginInlineEnd: 0, color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' }}>
      {t('results.demoData')}
    </Tag>
  );
}

export default function ResultsPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const locale = useLocale();
  const user = useCurrentUser();
  const office = hasRole(user, ...WORK_ACCESS.manage);
  const { reference, timeZone } = useReference();
  const [params, setParams] = useSearchParams();
  const today = todayIn(timeZone);
  const choice = readChoice(params, today);
  const keyText = Object.values(choiceParams(choice)).join(':');
  const key = reportKey(choice);

  const report = useApi((signal) => resultsApi.report(key, locale, signal), `${keyText}:${locale}`);
  // The edition's version and publication: only the Office acts on them.
  const edition = useApi((signal) => (office ? resultsApi.edition(key, signal) : Promise.resolve(undefined)), `${office}:${keyText}`);
  const [editing, setEditing] = useState(false);
  const [publishing, setPublishing] = useState(false);

  const choose = (next: Partial<ReportChoice>) => setParams(choiceParams(readChoice(new URLSearchParams(choiceParams({ ...choice, ...next })), today)), { replace: true });

  const years = yearOptions(today);
  if (!years.includes(choice.year)) years.push(choice.year);
  const job = printJobOf(choice);
  const version = edition.data?.version ?? 0;

  const publish = () =>
    modal.confirm({
      title: t('results.publish.confirmTitle'),
      content: t('results.publish.confirmBody'),
      okText: t('results.publish.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'results-publish-ok' },
      onOk: async () => {
        setPublishing(true);
        try {
          const published = await resultsApi.publishEdition({ ...key, version });
          edition.setData(published);
          report.reload();
          void message.success(t('results.publish.done'));
        } catch (failure) {
          void message.error(errorMessage(failure, t));
          edition.reload();
        } finally {
          setPublishing(false);
        }
      },
    });

  const data = report.data;
  return (
    <div className="yrd-results" data-testid="results-page">
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }} data-testid="results-title">
            {t('results.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('results.description')}</Typography.Text>
        </div>
      </Flex>

      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap justify="space-between" align="center">
          <Space wrap>
            <Select
              aria-label={t('results.kind.label')}
              style={{ width: 168 }}
              value={choice.kind}
              onChange={(kind) => choose({ kind })}
              options={RESULTS_KINDS.map((kind) => ({ value: kind, label: t(`results.kind.${kind}`) }))}
              data-testid="results-kind"
            />
            <Select<number>
              aria-label={t('results.year')}
              style={{ width: 96 }}
              value={choice.year}
              onChange={(year) => choose({ year })}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              data-testid="results-year"
            />
            {choice.kind === 'quarterly' && (
              <Select<number>
                aria-label={t('results.quarter')}
                style={{ width: 120 }}
                value={choice.quarter ?? undefined}
                onChange={(quarter) => choose({ quarter })}
                options={[1, 2, 3, 4].map((n) => ({ value: n, label: t('results.quarterN', { n }) }))}
                data-testid="results-quarter"
              />
            )}
            {choice.kind === 'member' && (
              <Select
                aria-label={t('results.member')}
                style={{ width: 150 }}
                value={choice.memberCode ?? undefined}
                onChange={(memberCode) => choose({ memberCode })}
                options={memberOptions(reference?.members ?? [], locale)}
                loading={!reference}
                data-testid="results-member"
              />
            )}
          </Space>
          <Space wrap className="yrd-no-print">
            <PrintButton kind={job.kind} params={job.params} format="docx" label={t('results.downloadWord')} />
            <PrintButton kind={job.kind} params={job.params} format="pdf" label={t('results.downloadPdf')} icon={<FilePdfOutlined />} />
            {office && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="results-edit">
                {t('results.edit.button')}
              </Button>
            )}
            {office && (
              <Tooltip title={edition.data && version === 0 ? t('results.publish.needsEdition') : undefined}>
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  loading={publishing}
                  disabled={!edition.data || version === 0}
                  onClick={publish}
                  data-testid="results-publish"
                >
                  {t('results.publish.button')}
                </Button>
              </Tooltip>
            )}
          </Space>
        </Flex>
      </Card>

      <ErrorAlert error={report.error} action={<Button size="small" onClick={report.reload}>{t('common.retry')}</Button>} />
      {office && <ErrorAlert error={edition.error} />}
      {data ? (
        <Card>
          <header style={{ marginBottom: 16 }}>
            <Typography.Paragraph strong style={{ fontSize: 20, marginBottom: 4 }} data-testid="results-report-title">
              {data.title}
            </Typography.Paragraph>
            {/* The subtitle names the period; without one the page says it. */}
            <Typography.Paragraph style={{ marginBottom: 4 }}>{data.subtitle || t('results.period', { start: data.periodStart, end: data.periodEnd })}</Typography.Paragraph>
            <Space wrap size={[12, 4]}>
              <Typography.Text type="secondary">{t('results.generatedAt', { time: formatDateTime(data.generatedAt, timeZone) })}</Typography.Text>
              {data.publishedAt ? (
                <Tag color="green" data-testid="results-published">
                  {t('results.publishedAt', { time: formatDateTime(data.publishedAt, timeZone) })}
                </Tag>
              ) : (
                <Tag data-testid="results-unpublished">{t('results.notPublished')}</Tag>
              )}
              {data.containsDemo && (
                <Tooltip title={t('results.demoHint')}>
                  <span>
                    <DemoDataTag />
                  </span>
                </Tooltip>
              )}
            </Space>
          </header>
          <ReportView report={data} />
        </Card>
      ) : (
        !report.error && <Skeleton active paragraph={{ rows: 10 }} />
      )}

      {office && (
        <EditionDrawer
          choice={choice}
          open={editing}
          onClose={() => {
            setEditing(false);
            // Someone else may have saved meanwhile (a conflict reloaded in the drawer): publish the version that is there now.
            edition.reload();
          }}
          onSaved={(saved) => {
            edition.setData(saved);
            report.reload();
          }}
        />
      )}
    </div>
  );
}
