/**
 * One key project: what describes it, investment in its stated currency and unit,
 * progress with the rule that made it, milestones (overdue ones marked, with
 * their supervision flags), linked tasks and agreements as links, and (who may)
 * the edit dialog.
 */
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { DocumentsCard } from '../documents/DocumentsCard.tsx';
import { PageTitle } from '../indicators/PageTitle.tsx';
import { useReference } from '../region/reference.ts';
import { cityName, memberName } from '../services/labels.tsx';
import { formatInvestment, PhaseTag, ProgressWithRule } from './labels.tsx';
import { ProjectFormModal } from './ProjectFormModal.tsx';
import { projectsApi, projectTitle, type ProjectDetail } from './projectsApi.ts';

type Milestone = ProjectDetail['milestones'][number];
const card = (title: string) => <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{title}</Typography.Title>;

export default function ProjectDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const detail = useApi((signal) => projectsApi.get(id, signal), `project:${id}`);
  const [editing, setEditing] = useState(false);
  const p = detail.data;
  const title = (x: { titleZh: string; titleEn: string }) => (locale === 'en' ? x.titleEn || x.titleZh : x.titleZh);
  if (detail.error) return <ErrorAlert error={detail.error} />;
  if (!p) return <Skeleton active />;
  const flagOf = new Map(p.flags.map((f) => [f.milestoneId, f]));
  return (
    <div data-testid="project-detail">
      <Link to="/projects"><ArrowLeftOutlined /> {t('projects.backToList')}</Link>
      <PageTitle
        title={projectTitle(p, locale)}
        tags={p.isDemo ? <DemoTag /> : undefined}
        description={`${p.code} · ${t(`projects.type.${p.type}`)}`}
        testId="project-title"
        extra={p.canEdit ? <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="project-edit">{t('projects.edit')}</Button> : undefined}
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small" title={card(t('projects.fields.progress'))} data-testid="project-progress">
          <ProgressWithRule progress={p.progress} showRule />
        </Card>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} data-testid="project-fields">
            <Descriptions.Item label={t('projects.fields.phase')}><PhaseTag phase={p.phase} /></Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.lead')}>{memberName(p.leadMemberCode, reference, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.members')}>{p.members.map((m) => memberName(m.memberCode, reference, locale)).join('、')}</Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.location')}>{p.locationCityCode ? cityName(p.locationCityCode, reference, locale) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.cities')}>{p.cityCodes.map((c) => cityName(c, reference, locale)).join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.start')}>{p.startDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.completion')}>{p.plannedCompletion ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.total')}>{formatInvestment(p.totalInvestment, p.unit, p.currency, t, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.perMember')}>
              {p.members.filter((m) => m.investment !== null).map((m) => `${memberName(m.memberCode, reference, locale)}: ${formatInvestment(m.investment, p.unit, p.currency, t, locale)}`).join('；') || '—'}
            </Descriptions.Item>
            {/* A ternary, not &&: an empty string child would reach Descriptions as an item without props. */}
            {(locale === 'en' ? p.descriptionEn || p.descriptionZh : p.descriptionZh) ? (
              <Descriptions.Item label={t('projects.fields.description')} span={3}>{locale === 'en' ? p.descriptionEn || p.descriptionZh : p.descriptionZh}</Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
        <Card size="small" title={card(t('projects.fields.milestones'))}>
          <Table<Milestone>
            size="small" rowKey="id" pagination={false} dataSource={p.milestones} scroll={{ x: 'max-content' }} data-testid="project-milestones"
            columns={[
              { title: t('projects.fields.milestone'), key: 'title', render: (_, m) => title(m) },
              { title: t('projects.fields.dueDate'), dataIndex: 'dueDate' },
              { title: t('projects.fields.doneOn'), key: 'done', render: (_, m) => m.doneOn ?? '—' },
              {
                title: t('projects.flags'), key: 'flag',
                render: (_, m) => {
                  const flag = flagOf.get(m.id);
                  return m.overdue ? (
                    <Space size={4} wrap><Tag color="red" data-testid="project-milestone-overdue">{t('projects.overdue')}</Tag>{flag && <span>{t(`projects.flagLevel.${flag.level}`)}</span>}</Space>
                  ) : null;
                },
              },
            ]}
          />
        </Card>
        <Card size="small" title={card(t('projects.fields.tasks'))}>
          {p.tasks.length === 0 ? '—' : (
            <Space direction="vertical" size={4} data-testid="project-tasks">
              {p.tasks.map((x) => <span key={x.id}><Link to={`/tasks/${x.id}`}>{x.code} {title(x)}</Link> · {x.progress}%</span>)}
            </Space>
          )}
        </Card>
        <Card size="small" title={card(t('projects.fields.agreements'))}>
          {p.agreements.length === 0 ? '—' : (
            <Space direction="vertical" size={4} data-testid="project-agreements">
              {p.agreements.map((x) => <Link key={x.id} to={`/agreements/${x.id}`}>{title(x)}</Link>)}
            </Space>
          )}
        </Card>
        {/* Who may attach is the same as who may edit the project (the server checks it again). */}
        <DocumentsCard owner="projects" ownerId={p.id} canManage={p.canEdit} testId="project-documents" />
      </Space>
      {editing && <ProjectFormModal project={p} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); detail.reload(); }} onReload={() => detail.reload()} />}
    </div>
  );
}
