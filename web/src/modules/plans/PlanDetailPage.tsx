/**
 * One plan: what it is, its lifecycle and history, its tasks by status (each
 * count opens the filtered task list), the annual plans derived from it and,
 * for a three-year plan, the baseline comparison. The Office edits the plan,
 * moves it along its lifecycle and derives annual plans.
 */
import { ArrowLeftOutlined, BranchesOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { WORK_STATUSES, type PlanDetail } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { useReference } from '../region/reference.ts';
import { WORK_ACCESS } from '../tasks/access.ts';
import { titleOf } from '../tasks/labels.ts';
import { taskListPath } from '../tasks/taskFilters.ts';
import { STATUS_COLOURS } from '../tasks/WorkTags.tsx';
import { BaselineTable } from './BaselineTable.tsx';
import { DeriveAnnualModal } from './DeriveAnnualModal.tsx';
import { PlanFormModal } from './PlanFormModal.tsx';
import { PlanLifecycle } from './PlanLifecycle.tsx';
import { plansApi } from './plansApi.ts';
import { PlanKindTag, PlanStatusTag } from './PlanTags.tsx';

function StatusCounts({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('plans.detail.tasksByStatus', { count: plan.taskCount })} data-testid="plan-status-counts">
      <Flex gap={8} wrap>
        {WORK_STATUSES.map((status) => {
          const count = plan.statusCounts[status] ?? 0;
          return (
            <Link key={status} to={taskListPath({ planId: plan.id, status: [status] })} data-testid={`plan-count-${status}`} data-count={count}>
              <Tag color={STATUS_COLOURS[status]} style={{ fontSize: 14, padding: '4px 10px', cursor: 'pointer' }}>
                {t(`work.status.${status}`)} · {count}
              </Tag>
            </Link>
          );
        })}
        <Link to={taskListPath({ planId: plan.id })}>{t('plans.detail.allTasks')}</Link>
      </Flex>
    </Card>
  );
}

export default function PlanDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const office = hasRole(user, ...WORK_ACCESS.manage);
  const { timeZone } = useReference();
  const plan = useApi((signal) => plansApi.get(id, signal), id);
  const plans = useApi((signal) => plansApi.all(signal), `plans:${id}`);
  const [editing, setEditing] = useState(false);
  const [deriving, setDeriving] = useState(false);

  if (plan.error instanceof ApiError && plan.error.status === 404) {
    return <Result status="404" title={t('plans.detail.notFound')} extra={<Link to="/plans">{t('plans.detail.back')}</Link>} />;
  }
  if (!plan.data) return plan.error ? <ErrorAlert error={plan.error} /> : <Skeleton active />;
  const p = plan.data;
  const parent = plans.data?.find((other) => other.id === p.parentPlanId);
  const children = (plans.data ?? []).filter((other) => other.parentPlanId === p.id);
  const description = locale === 'en' && p.descriptionEn.trim() ? p.descriptionEn : p.descriptionZh;

  return (
    <div data-testid="plan-detail" data-plan-id={p.id} data-status={p.status}>
      <PageHeader
        breadcrumbs={[{ label: t('nav.plans'), to: '/plans' }, { label: `${p.code} ${titleOf(p, locale)}` }]}
        title={
          <Space size={8} wrap>
            <span>{p.code}</span>
            <span>{titleOf(p, locale)}</span>
            <PlanStatusTag status={p.status} />
            {p.isDemo && <DemoTag />}
          </Space>
        }
        extra={
          <>
            <Link to="/plans">
              <Button icon={<ArrowLeftOutlined />}>{t('plans.detail.back')}</Button>
            </Link>
            {office && p.kind === 'three_year' && (
              <Button icon={<BranchesOutlined />} onClick={() => setDeriving(true)} data-testid="plan-derive">
                {t('plans.derive.button')}
              </Button>
            )}
            {office && p.status !== 'closed' && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="plan-edit">
                {t('plans.detail.edit')}
              </Button>
            )}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}>
            <Descriptions.Item label={t('plans.form.titleZh')} span="filled">
              <span lang="zh-CN">{p.titleZh}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('plans.form.titleEn')} span="filled">
              <span lang="en">{p.titleEn}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('plans.form.kind')}>
              <PlanKindTag kind={p.kind} />
            </Descriptions.Item>
            <Descriptions.Item label={t('plans.form.period')}>
              {p.periodStart} ~ {p.periodEnd}
            </Descriptions.Item>
            <Descriptions.Item label={t('plans.form.cadence')}>{t(`reports.cadence.${p.reportingCadence}`)}</Descriptions.Item>
            <Descriptions.Item label={t('plans.form.stalledAfter')}>{t('plans.detail.days', { count: p.stalledAfterDays })}</Descriptions.Item>
            <Descriptions.Item label={t('plans.detail.updatedAt')}>{formatDateTime(p.updatedAt, timeZone)}</Descriptions.Item>
            {parent && (
              <Descriptions.Item label={t('plans.form.parent')}>
                <Link to={`/plans/${parent.id}`}>
                  {parent.code} {titleOf(parent, locale)}
                </Link>
              </Descriptions.Item>
            )}
            {children.length > 0 && (
              <Descriptions.Item label={t('plans.detail.children')} span="filled">
                <Space size={[4, 4]} wrap>
                  {children.map((child) => (
                    <Link key={child.id} to={`/plans/${child.id}`}>
                      <Tag style={{ cursor: 'pointer' }}>
                        {child.code} {titleOf(child, locale)}
                      </Tag>
                    </Link>
                  ))}
                </Space>
              </Descriptions.Item>
            )}
            {description && (
              <Descriptions.Item label={t('plans.detail.description')} span="filled">
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{description}</Typography.Paragraph>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        <PlanLifecycle plan={p} canManage={office} timeZone={timeZone} onChanged={plan.setData} onReload={plan.reload} />
        <StatusCounts plan={p} />
        {p.kind === 'three_year' && <BaselineTable key={p.baselineFrozenAt ?? 'none'} planId={p.id} timeZone={timeZone} />}
      </Flex>
      {office && (
        <>
          <PlanFormModal open={editing} plans={plans.data ?? []} plan={p} onClose={() => setEditing(false)} onSaved={(_, saved) => saved && plan.setData(saved)} onReload={plan.reload} />
          {p.kind === 'three_year' && (
            <DeriveAnnualModal
              open={deriving}
              plan={p}
              annualPlans={children.filter((c) => c.kind === 'annual')}
              onClose={() => setDeriving(false)}
              onDerived={(newId) => {
                plans.reload();
                navigate(`/plans/${newId}`);
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
