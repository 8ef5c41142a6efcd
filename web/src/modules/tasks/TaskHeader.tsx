/**
 * What the task is: code and titles in both languages, plans (home and the
 * annual plans that include it), area, lead, bodies, dates, priority, tags;
 * beside it the rolled-up status and progress with the rule that produces them.
 */
import { InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FocusArea, TaskDetail } from '../../api/types.ts';
import { areaLabel, titleOf } from './labels.ts';
import { MemberTags, useWorkNames } from './MemberTags.tsx';
import { PriorityTag, ProgressCell, WorkStatusTag } from './WorkTags.tsx';

export function TaskHeader({ task, areas }: { task: TaskDetail; areas: FocusArea[] }) {
  const { t } = useTranslation();
  const { body, locale } = useWorkNames();
  const area = areas.find((a) => a.id === task.focusAreaId);
  const participants = task.shares.filter((s) => s.role === 'participant').map((s) => s.memberCode);
  const description = locale === 'en' && task.descriptionEn.trim() ? task.descriptionEn : task.descriptionZh;

  return (
    <Flex gap={16} wrap align="stretch" style={{ marginBottom: 16 }}>
      <Card size="small" style={{ flex: '3 1 560px' }}>
        <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} data-testid="task-summary">
          <Descriptions.Item label={t('tasks.fields.titleZh')} span="filled">
            <span lang="zh-CN">{task.titleZh}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.titleEn')} span="filled">
            <span lang="en">{task.titleEn || '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.plans')} span="filled">
            <Space size={[4, 4]} wrap>
              {task.plans.map((plan) => (
                <Link key={plan.id} to={`/plans/${plan.id}`}>
                  <Tag color={plan.inclusion === 'home' ? 'blue' : undefined} style={{ cursor: 'pointer' }}>
                    {plan.code} · {titleOf(plan, locale)}
                    {plan.inclusion !== 'home' && ` (${t(`tasks.inclusion.${plan.inclusion}`, { defaultValue: plan.inclusion })})`}
                  </Tag>
                </Link>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.area')}>{area ? areaLabel(area, locale) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.priority')}>
            <PriorityTag priority={task.priority} />
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.lead')}>
            <MemberTags codes={[task.leadMemberCode]} lead />
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.participants')}>
            <MemberTags codes={participants} />
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.startDate')}>{task.startDate ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.dueDate')}>{task.dueDate ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.bodies')} span="filled">
            {task.bodyCodes.length > 0 ? task.bodyCodes.map(body).join('、') : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.tags')} span="filled">
            {task.tags.length > 0 ? task.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '—'}
          </Descriptions.Item>
          {task.sourceRef && (
            <Descriptions.Item label={t('tasks.fields.sourceRef')} span="filled">
              {task.sourceRef}
            </Descriptions.Item>
          )}
          {description && (
            <Descriptions.Item label={t('tasks.fields.description')} span="filled">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} ellipsis={{ rows: 4, expandable: 'collapsible' }}>
                {description}
              </Typography.Paragraph>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={t('tasks.rollup.title')} style={{ flex: '1 1 300px' }} data-testid="task-rollup">
        <Flex vertical gap={12}>
          <Flex gap={12} align="center">
            <WorkStatusTag status={task.status} />
            <ProgressCell percent={task.progress} status={task.status} width={200} />
          </Flex>
          <Alert
            type="info"
            icon={<InfoCircleOutlined />}
            showIcon
            title={t('tasks.rollup.rule')}
            description={<span data-testid="rollup-rule">{locale === 'en' ? task.rollupRule.en : task.rollupRule.zh}</span>}
          />
        </Flex>
      </Card>
    </Flex>
  );
}
