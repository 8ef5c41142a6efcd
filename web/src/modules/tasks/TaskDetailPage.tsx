/**
 * One task: what it is, its rolled-up status, open flags, the members' shares,
 * milestones, the report timeline (file, review, revise) and its audit history.
 */
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Result, Skeleton, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import type { ReportDetail, Share } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { useAreas } from '../plans/areas.ts';
import { plansApi } from '../plans/plansApi.ts';
import { useReference } from '../region/reference.ts';
import { ReportFormModal, type ReportTarget } from '../reports/ReportFormModal.tsx';
import { reportsApi } from '../reports/reportsApi.ts';
import { attr, useDeepLink } from '../todo/deepLink.tsx';
import { ReportTimeline } from '../reports/ReportTimeline.tsx';
import { ExportButton } from '../excel/ExportButton.tsx';
import { WORK_ACCESS } from './access.ts';
import { FlagsList } from './FlagsList.tsx';
import { titleOf } from './labels.ts';
import { MilestonesCard } from './MilestonesCard.tsx';
import { useWorkNames } from './MemberTags.tsx';
import { SharesCard } from './SharesCard.tsx';
import { TaskFormModal } from './TaskFormModal.tsx';
import { TaskHeader } from './TaskHeader.tsx';
import { TaskHistory } from './TaskHistory.tsx';
import { tasksApi } from './tasksApi.ts';
import { PrintButton } from '../printing/PrintButton.tsx';

export default function TaskDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale();
  const user = useCurrentUser();
  const office = hasRole(user, ...WORK_ACCESS.manage);
  const { timeZone } = useReference();
  const { member } = useWorkNames();
  const { areas } = useAreas();
  const task = useApi((signal) => tasksApi.get(id, signal), id);
  const reports = useApi((signal) => reportsApi.ofTask(id, signal), `reports:${id}`);
  const homePlanId = task.data?.plans.find((p) => p.inclusion === 'home')?.id ?? task.data?.planId;
  const homePlan = useApi((signal) => (homePlanId ? plansApi.get(homePlanId, signal) : Promise.resolve(undefined)), `plan:${homePlanId ?? ''}`);
  const plans = useApi((signal) => (office ? plansApi.all(signal) : Promise.resolve([])), `plans:${office}`);
  const [reportTarget, setReportTarget] = useState<ReportTarget | null>(null);
  const [editing, setEditing] = useState(false);
  const [tab, setTab] = useState('work');
  // Links from notices and the to-do queue: ?report=<id> (the report), ?share=<id> (its row), ?flag=<id>.
  const [params] = useSearchParams();
  const linkedShare = task.data?.shares.find((s) => s.id === params.get('share'));
  const deepLinkTarget = params.get('report')
    ? `[data-testid="report-timeline"] [data-report-id="${attr(params.get('report') ?? '')}"]`
    : params.get('flag')
      ? `[data-flag-id="${attr(params.get('flag') ?? '')}"]`
      : linkedShare
        ? `[data-testid="share-row-${attr(linkedShare.memberCode)}"]`
        : null;
  const deepLinkNotice = useDeepLink(deepLinkTarget, Boolean(task.data && reports.data) && tab === 'work', t('todo.deepLink.reportMissing'));

  if (task.error instanceof ApiError && task.error.status === 404) {
    return <Result status="404" title={t('tasks.detail.notFound')} extra={<Link to="/tasks">{t('tasks.detail.back')}</Link>} />;
  }
  if (!task.data) {
    return task.error ? <ErrorAlert error={task.error} action={<Button onClick={task.reload}>{t('common.retry')}</Button>} /> : <Skeleton active />;
  }
  const detail = task.data;
  const reloadAll = () => {
    task.reload();
    reports.reload();
  };

  const fileReport = (share: Share) => {
    const plan = homePlan.data;
    // The plan's cadence names the periods; it is read with the page and normally there by now.
    if (!plan) {
      void message.info(t('tasks.detail.planLoading'));
      return;
    }
    setReportTarget({
      kind: 'file',
      shareId: share.id,
      memberLabel: member(share.memberCode),
      cadence: plan.reportingCadence,
      planStart: plan.periodStart,
      planEnd: plan.periodEnd,
      percent: share.percent,
      status: share.status,
    });
  };
  const revise = (report: ReportDetail) => setReportTarget({ kind: 'revise', memberLabel: member(report.memberCode), report });

  return (
    <div data-testid="task-detail" data-task-id={detail.id}>
      <PageHeader
        breadcrumbs={[{ label: t('nav.tasks'), to: '/tasks' }, { label: `${detail.code} ${titleOf(detail, locale)}` }]}
        title={
          <Space size={8} wrap>
            <span data-testid="task-code">{detail.code}</span>
            <span>{titleOf(detail, locale)}</span>
            {detail.isDemo && <DemoTag />}
          </Space>
        }
        extra={
          <>
            <Link to="/tasks">
              <Button icon={<ArrowLeftOutlined />}>{t('tasks.detail.back')}</Button>
            </Link>
            <PrintButton kind="task-record" params={{ taskId: detail.id }} />
            {office && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="task-edit">
                {t('tasks.edit.button')}
              </Button>
            )}
          </>
        }
      />
      {deepLinkNotice}
      <FlagsList flags={detail.flags} timeZone={timeZone} />
      <TaskHeader task={detail} areas={areas} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'work',
            label: <span data-testid="task-tab-work">{t('tasks.detail.tabWork')}</span>,
            children: (
              <Flex vertical gap={16}>
                <SharesCard task={detail} office={office} timeZone={timeZone} onFileReport={fileReport} onSaved={task.setData} onReload={reloadAll} />
                <MilestonesCard task={detail} office={office} timeZone={timeZone} onSaved={task.setData} />
                <Card
                  size="small"
                  title={t('reports.timelineTitle')}
                  extra={
                    <Flex gap={8} align="center" wrap>
                      {homePlan.data && t(`reports.cadence.${homePlan.data.reportingCadence}`)}
                      <ExportButton path="/api/v1/reports/export.xlsx" query={{ taskId: detail.id }} fileName="progress-reports.xlsx" />
                    </Flex>
                  }
                >
                  <ErrorAlert error={reports.error} />
                  {reports.data ? (
                    <ReportTimeline reports={reports.data} shares={detail.shares} timeZone={timeZone} onChanged={reloadAll} onRevise={revise} />
                  ) : (
                    <Skeleton active />
                  )}
                </Card>
              </Flex>
            ),
          },
          {
            key: 'history',
            label: <span data-testid="task-tab-history">{t('tasks.detail.tabHistory')}</span>,
            // Mounted only while shown, so it is read afresh each time (changes made meanwhile appear).
            children: tab === 'history' ? <TaskHistory taskId={detail.id} timeZone={timeZone} /> : null,
          },
        ]}
      />
      <ReportFormModal target={reportTarget} onClose={() => setReportTarget(null)} onDone={reloadAll} />
      {office && (
        <TaskFormModal
          open={editing}
          task={detail}
          plans={plans.data ?? []}
          onClose={() => setEditing(false)}
          onSaved={(_, saved) => saved && task.setData(saved)}
          onReload={task.reload}
        />
      )}
    </div>
  );
}
