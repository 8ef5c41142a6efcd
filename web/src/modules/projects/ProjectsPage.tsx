/**
 * Key projects: the map of projects by location city, then the list with
 * filters in the address (type, phase, member, city), export to Excel, and (the
 * Office or a member's liaison/editor, for projects their member leads) new projects.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { ExportButton } from '../excel/ExportButton.tsx';
import { PageTitle } from '../indicators/PageTitle.tsx';
import { useReference } from '../region/reference.ts';
import { cityName, memberName } from '../services/labels.tsx';
import { PhaseTag, ProgressWithRule } from './labels.tsx';
import { ProjectFormModal } from './ProjectFormModal.tsx';
import { ProjectMapCard } from './ProjectMapCard.tsx';
import { PHASES, projectsApi, projectTitle, TYPES, type Project, type ProjectListQuery, type ProjectPhase, type ProjectType } from './projectsApi.ts';

function useFilters() {
  const [params, setParams] = useSearchParams();
  const type = params.get('type');
  const phase = params.get('phase');
  const member = params.get('memberCode');
  const city = params.get('cityCode');
  const filters: ProjectListQuery = {
    type: type && (TYPES as string[]).includes(type) ? (type as ProjectType) : undefined,
    phase: phase && (PHASES as string[]).includes(phase) ? (phase as ProjectPhase) : undefined,
    memberCode: member && /^[0-9]{6}$/.test(member) ? member : undefined,
    cityCode: city && /^[0-9]{6}$/.test(city) ? city : undefined,
  };
  const setFilters = (next: ProjectListQuery) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, String(value));
    setParams(search, { replace: true });
  };
  return { filters, setFilters, key: JSON.stringify(filters) };
}

export default function ProjectsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { reference } = useReference();
  const writer = hasRole(user, 'office', 'liaison', 'editor');
  const { filters, setFilters, key } = useFilters();
  const set = (patch: Partial<ProjectListQuery>) => setFilters({ ...filters, ...patch });
  const { cityCode: _city, ...mapFilters } = filters;
  const list = useApi((signal) => projectsApi.list(filters, signal), key);
  const map = useApi((signal) => projectsApi.map(mapFilters, signal), `map:${JSON.stringify(mapFilters)}`);
  const [creating, setCreating] = useState(false);
  const anyDemo = (list.data ?? []).some((p) => p.isDemo);

  return (
    <div>
      <PageTitle
        title={t('projects.title')} description={t('projects.description')} testId="projects-title"
        extra={
          <>
            <ExportButton path="/api/v1/projects/export.xlsx" query={{ ...filters }} fileName="key-projects.xlsx" />
            {writer && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="project-create">{t('projects.create')}</Button>}
          </>
        }
      />
      {anyDemo && <Alert type="warning" showIcon title={t('projects.demoNote')} style={{ marginBottom: 16 }} data-testid="projects-demo-note" />}
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="projects-filters">
        <Select<ProjectType>
          allowClear aria-label={t('projects.filters.type')} placeholder={t('projects.filters.type')} style={{ width: 200, maxWidth: '100%' }}
          value={filters.type} onChange={(type) => set({ type })} options={TYPES.map((x) => ({ value: x, label: t(`projects.type.${x}`) }))} data-testid="projects-filter-type"
        />
        <Select<ProjectPhase>
          allowClear aria-label={t('projects.filters.phase')} placeholder={t('projects.filters.phase')} style={{ width: 140 }}
          value={filters.phase} onChange={(phase) => set({ phase })} options={PHASES.map((x) => ({ value: x, label: t(`projects.phase.${x}`) }))} data-testid="projects-filter-phase"
        />
        <Select<string>
          allowClear aria-label={t('projects.filters.member')} placeholder={t('projects.filters.member')} style={{ width: 130 }}
          value={filters.memberCode} onChange={(memberCode) => set({ memberCode })}
          options={(reference?.members ?? []).map((m) => ({ value: m.code, label: memberName(m.code, reference, locale) }))} data-testid="projects-filter-member"
        />
        {filters.cityCode && <Tag closable onClose={() => set({ cityCode: undefined })} data-testid="projects-filter-city">{cityName(filters.cityCode, reference, locale)}</Tag>}
      </Flex>
      <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('projects.mapTitle')}</Typography.Title>} style={{ marginBottom: 16 }}>
        {Boolean(map.error) && <ErrorAlert error={map.error} />}
        {map.data && <ProjectMapCard map={map.data} selectedCity={filters.cityCode} onCity={(cityCode) => set({ cityCode })} />}
      </Card>
      <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('projects.listTitle')}</Typography.Title>}>
        {Boolean(list.error) && <ErrorAlert error={list.error} />}
        <Table<Project>
          size="small" rowKey="id" loading={list.loading} dataSource={list.data ?? []} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('projects.empty') }} data-testid="projects-list"
          columns={[
            { title: t('projects.fields.code'), dataIndex: 'code', width: 140 },
            {
              title: t('projects.fields.title'), key: 'title',
              render: (_, p) => (
                <Space size={4} wrap>
                  <Link to={`/projects/${p.id}`}>{projectTitle(p, locale)}</Link>
                  {p.isDemo && <DemoTag />}
                  {p.openFlags > 0 && <Tag color="red">{t('projects.openFlags', { count: p.openFlags })}</Tag>}
                </Space>
              ),
            },
            { title: t('projects.fields.type'), key: 'type', render: (_, p) => t(`projects.type.${p.type}`) },
            { title: t('projects.fields.phase'), key: 'phase', render: (_, p) => <PhaseTag phase={p.phase} /> },
            { title: t('projects.fields.lead'), key: 'lead', render: (_, p) => memberName(p.leadMemberCode, reference, locale) },
            { title: t('projects.fields.location'), key: 'city', render: (_, p) => (p.locationCityCode ? cityName(p.locationCityCode, reference, locale) : '—') },
            { title: t('projects.fields.progress'), key: 'progress', render: (_, p) => <ProgressWithRule progress={p.progress} /> },
          ]}
        />
      </Card>
      {creating && <ProjectFormModal onClose={() => setCreating(false)} onSaved={(id) => { setCreating(false); navigate(`/projects/${id}`); }} />}
    </div>
  );
}
