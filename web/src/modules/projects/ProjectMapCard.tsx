/**
 * Projects on the map of the region's 41 cities: each city shaded by the number
 * of projects located there, with the same counts in a table (what a screen
 * reader reads and what works at 390 px). A city opens its projects in the list.
 */
import { Alert, Col, Row, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { CityMap } from '../region/CityMap.tsx';
import { useReference } from '../region/reference.ts';
import { PhaseTag } from './labels.tsx';
import { projectTitle, type ProjectMap } from './projectsApi.ts';

type CityRow = ProjectMap['cities'][number];

export function ProjectMapCard({ map, selectedCity, onCity, compact = false }: { map: ProjectMap; selectedCity?: string; onCity?: (code: string | undefined) => void; compact?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  // Every city gets a count (0 where no project is located), so the scale runs from 0 even when only one count is present.
  const values = useMemo(() => new Map([...(reference?.cities ?? []).map((c) => [c.code, 0] as const), ...map.cities.map((c) => [c.cityCode, c.count] as const)]), [map, reference]);
  return (
    <Row gutter={[16, 16]} data-testid="projects-map">
      <Col xs={24} lg={compact ? 12 : 14}>
        {reference && (
          <CityMap
            cities={reference.cities} members={reference.members} values={values} valueLabel={t('projects.mapCount')} height={compact ? 360 : 460}
            selectedCode={selectedCity ?? null} onCityClick={onCity ? (code) => onCity(code === selectedCity ? undefined : code) : undefined}
            labels={{ title: t('projects.mapTitle'), code: t('region.code'), member: t('region.member'), noData: t('region.noData') }}
          />
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('projects.mapNote')}</Typography.Text>
      </Col>
      <Col xs={24} lg={compact ? 12 : 10}>
        {map.unlocated > 0 && <Alert type="info" showIcon title={t('projects.unlocated', { count: map.unlocated })} style={{ marginBottom: 8 }} />}
        <Table<CityRow>
          size="small" rowKey="cityCode" pagination={false} dataSource={map.cities} scroll={{ x: 'max-content' }} data-testid="projects-map-table"
          rowClassName={(c) => (c.cityCode === selectedCity ? 'ant-table-row-selected' : '')}
          onRow={(c) => ({ onClick: () => onCity?.(c.cityCode === selectedCity ? undefined : c.cityCode), style: onCity ? { cursor: 'pointer' } : undefined })}
          columns={[
            { title: t('projects.fields.location'), key: 'city', render: (_, c) => <span data-testid={`projects-map-city-${c.cityCode}`}>{locale === 'en' ? c.nameEn : c.nameZh}</span> },
            { title: t('projects.mapCount'), dataIndex: 'count', align: 'right' },
            {
              title: t('projects.title'), key: 'projects',
              render: (_, c) => (
                <Space size={[4, 4]} wrap>
                  {c.projects.slice(0, compact ? 2 : 20).map((p) => (
                    <Space key={p.id} size={2}>
                      <Link to={`/projects/${p.id}`} onClick={(e) => e.stopPropagation()}>{projectTitle(p, locale)}</Link>
                      {!compact && <PhaseTag phase={p.phase} />}
                      {p.isDemo && <DemoTag />}
                    </Space>
                  ))}
                  {compact && c.projects.length > 2 && <Tag>+{c.count - 2}</Tag>}
                </Space>
              ),
            },
          ]}
        />
      </Col>
    </Row>
  );
}
