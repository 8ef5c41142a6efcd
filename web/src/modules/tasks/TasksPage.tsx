/**
 * The task list: filters in the address (a board cell or a saved view links
 * here), cursor "load more", status and progress with flags, export to Excel;
 * the Office also creates tasks and imports them from Excel.
 */
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useApi, useCursorList } from '../../api/hooks.ts';
import type { TaskListItem } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { LoadMoreFooter } from '../../shell/LoadMoreFooter.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { ExcelImportModal } from '../excel/ExcelImportModal.tsx';
import { ExportButton } from '../excel/ExportButton.tsx';
import { plansApi } from '../plans/plansApi.ts';
import { WORK_ACCESS } from './access.ts';
import { areaLabel, titleOf, todayIn } from './labels.ts';
import { MemberTags } from './MemberTags.tsx';
import { SavedViews } from './SavedViews.tsx';
import { TaskFilterBar } from './TaskFilterBar.tsx';
import { TaskFormModal } from './TaskFormModal.tsx';
import { useTaskFilters } from './taskFilters.ts';
import { tasksApi } from './tasksApi.ts';
import { FlagBadges, StatusProgress } from './WorkTags.tsx';
import { useReference } from '../region/reference.ts';

export default function TasksPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { timeZone } = useReference();
  const office = hasRole(user, ...WORK_ACCESS.manage);
  const { filters, setFilters, key } = useTaskFilters();
  const plans = useApi((signal) => plansApi.all(signal), 'plans');
  const list = useCursorList((cursor, signal) => tasksApi.list(filters, cursor, signal), key);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const today = todayIn(timeZone);

  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        description={t('tasks.description')}
        extra={
          <>
            <ExportButton path="/api/v1/excel/tasks-export" query={{ ...filters, memberRole: filters.memberCode ? filters.memberRole : undefined, overdue: filters.overdue || undefined }} fileName="tasks.xlsx" />
            {office && (
              <>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="excel-import">
                  {t('excel.import.button')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="task-create">
                  {t('tasks.create.button')}
                </Button>
              </>
            )}
          </>
        }
      />
      <Card size="small">
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <TaskFilterBar filters={filters} plans={plans.data ?? []} onChange={setFilters} />
          <SavedViews filters={filters} onPick={setFilters} />
        </Flex>
        <ErrorAlert error={list.error} />
        <Table<TaskListItem>
          data-testid="tasks-table"
          rowKey="id"
          size="small"
          loading={list.loading}
          pagination={false}
          dataSource={list.items}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('tasks.empty') }}
          columns={[
            {
              title: t('tasks.columns.code'),
              dataIndex: 'code',
              width: 80,
              render: (code: string, task) => (
                <Link to={`/tasks/${task.id}`} data-testid="task-link">
                  {code}
                </Link>
              ),
            },
            {
              title: t('tasks.columns.title'),
              key: 'title',
              render: (_, task) => (
                <Flex vertical gap={2}>
                  <Space size={6} wrap>
                    <Link to={`/tasks/${task.id}`}>{titleOf(task, locale)}</Link>
                    {task.isDemo && <DemoTag />}
                  </Space>
                  {/* Plan and area on a second line: the title keeps the width it needs. */}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {task.planCode}
                    {task.areaNameZh &&
                      ` · ${areaLabel({ code: task.areaCode, nameZh: task.areaNameZh, nameEn: task.areaNameEn ?? task.areaNameZh }, locale)}`}
                  </Typography.Text>
                </Flex>
              ),
            },
            { title: t('tasks.columns.lead'), key: 'lead', width: 90, render: (_, task) => <MemberTags codes={[task.leadMemberCode]} lead /> },
            {
              title: t('tasks.columns.participants'),
              key: 'participants',
              width: 160,
              render: (_, task) => <MemberTags codes={task.participantMemberCodes} />,
            },
            {
              title: t('tasks.columns.due'),
              dataIndex: 'dueDate',
              width: 105,
              render: (due: string | null, task) => {
                const overdue = due !== null && due < today && task.status !== 'completed';
                return overdue ? (
                  <Tooltip title={t('tasks.overdue')}>
                    <Typography.Text type="danger" data-testid="task-overdue">
                      {due}
                    </Typography.Text>
                  </Tooltip>
                ) : (
                  (due ?? '—')
                );
              },
            },
            {
              title: t('tasks.columns.status'),
              key: 'status',
              width: 225,
              render: (_, task) => <StatusProgress status={task.status} percent={task.progress} />,
            },
            {
              title: t('tasks.columns.flags'),
              key: 'flags',
              width: 90,
              render: (_, task) => <FlagBadges red={task.redFlags} yellow={task.yellowFlags} />,
            },
          ]}
        />
        <LoadMoreFooter list={list} testId="tasks-load-more" />
      </Card>
      {office && (
        <>
          <TaskFormModal
            open={creating}
            plans={plans.data ?? []}
            defaultPlanId={filters.planId}
            onClose={() => setCreating(false)}
            onSaved={(id) => navigate(`/tasks/${id}`)}
          />
          <ExcelImportModal
            open={importing}
            plans={plans.data ?? []}
            defaultPlanId={filters.planId}
            onClose={() => setImporting(false)}
            onImported={list.reload}
          />
        </>
      )}
    </>
  );
}
