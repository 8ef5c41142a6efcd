/**
 * Plans as a tree: each three-year action plan with the annual work plans
 * derived from it; implementation plans stand on their own. Beside them, the
 * focus areas. The Office creates plans here.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useUrlFilters } from '../../shell/urlFilters.ts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import type { Plan } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { WORK_ACCESS } from '../tasks/access.ts';
import { titleOf } from '../tasks/labels.ts';
import { FocusAreasCard } from './FocusAreasCard.tsx';
import { PlanFormModal } from './PlanFormModal.tsx';
import { ExportButton } from '../excel/ExportButton.tsx';
import { PlanFilterBar } from './PlanFilterBar.tsx';
import { PLAN_FILTER_KEYS, plansApi, type PlanFilters } from './plansApi.ts';
import { PlanKindTag, PlanStatusTag } from './PlanTags.tsx';

type PlanRow = Plan & { children?: PlanRow[] };

const KIND_ORDER = { three_year: 0, implementation: 1, annual: 2 } as const;

/** Three-year plans with their annual plans (newest year first); the rest at the top level. */
export function planTree(plans: Plan[]): PlanRow[] {
  const ids = new Set(plans.map((p) => p.id));
  const childrenOf = (id: string) =>
    plans.filter((p) => p.parentPlanId === id).sort((a, b) => b.periodStart.localeCompare(a.periodStart) || a.code.localeCompare(b.code));
  return plans
    .filter((p) => !p.parentPlanId || !ids.has(p.parentPlanId))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.periodStart.localeCompare(a.periodStart))
    .map((p) => {
      const children = childrenOf(p.id);
      return children.length > 0 ? { ...p, children } : { ...p };
    });
}

export default function PlansPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const office = hasRole(user, ...WORK_ACCESS.manage);
  const [filters, setFilters] = useUrlFilters<PlanFilters>(PLAN_FILTER_KEYS);
  const filtered = Object.keys(filters).length > 0;
  const plans = useApi((signal) => plansApi.filtered(filters, signal), `plans:${JSON.stringify(filters)}`);
  // The form's parent choice needs every three-year plan, not just the filtered ones.
  const allPlans = useApi((signal) => (office && filtered ? plansApi.all(signal) : Promise.resolve(null)), `plans-all:${office && filtered}`);
  const [creating, setCreating] = useState(false);
  const tree = planTree(plans.data ?? []);

  return (
    <>
      <PageHeader
        title={t('plans.title')}
        description={t('plans.description')}
        extra={
          <>
            <ExportButton path="/api/v1/plans/export.xlsx" query={filters} fileName="plans.xlsx" />
            {office && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="plan-create">
                {t('plans.create')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={16}>
          <Card size="small" title={t('plans.treeTitle')}>
            <PlanFilterBar filters={filters} onChange={setFilters} />
            <ErrorAlert error={plans.error} />
            <Table<PlanRow>
              data-testid="plans-tree"
              rowKey="id"
              size="small"
              loading={plans.loading}
              pagination={false}
              dataSource={tree}
              expandable={{ defaultExpandAllRows: true }}
              key={tree.length}
              locale={{ emptyText: filtered ? t('plans.filters.none') : t('plans.none') }}
              scroll={{ x: 640 }}
              columns={[
                {
                  title: t('plans.columns.code'),
                  dataIndex: 'code',
                  width: 170,
                  render: (code: string, plan) => (
                    <Link to={`/plans/${plan.id}`} data-testid="plan-link">
                      {code}
                    </Link>
                  ),
                },
                {
                  title: t('plans.columns.title'),
                  key: 'title',
                  render: (_, plan) => (
                    <Flex vertical gap={2}>
                      <Space size={6} wrap>
                        <Link to={`/plans/${plan.id}`}>{titleOf(plan, locale)}</Link>
                        <PlanKindTag kind={plan.kind} />
                        {plan.isDemo && <DemoTag />}
                      </Space>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('plans.columns.period')} {plan.periodStart} ~ {plan.periodEnd}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                { title: t('plans.columns.status'), dataIndex: 'status', width: 120, render: (_, plan) => <PlanStatusTag status={plan.status} /> },
                {
                  title: t('plans.columns.tasks'),
                  dataIndex: 'taskCount',
                  width: 80,
                  align: 'right',
                  render: (count: number, plan) => <Link to={`/tasks?planId=${plan.id}`}>{count}</Link>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xxl={8}>
          <FocusAreasCard canEdit={office} />
        </Col>
      </Row>
      {office && (
        <PlanFormModal open={creating} plans={allPlans.data ?? plans.data ?? []} onClose={() => setCreating(false)} onSaved={(id) => navigate(`/plans/${id}`)} />
      )}
    </>
  );
}
