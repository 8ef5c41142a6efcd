/**
 * The region at a glance: members, the map and table of the cities, and the
 * bodies of the mechanism by tier. Selecting a member (table or picker)
 * filters the city table and highlights its cities on the map; selecting a
 * city (map or table) marks it in both.
 */
import { Alert, Button, Card, Col, Row, Segmented, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { BodiesByTier } from './BodiesByTier.tsx';
import { CitiesTable } from './CitiesTable.tsx';
import { CityMap } from './CityMap.tsx';
import { localName, memberShortName } from './labels.ts';
import { MembersTable } from './MembersTable.tsx';
import { colorsByMember } from './memberColors.ts';
import { useReference } from './reference.ts';

const MAP_HEIGHT = 520;
const ALL = '';

export default function RegionPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference, error, loading, reload } = useReference();
  const [memberCode, setMemberCode] = useState<string | null>(null);
  const [cityCode, setCityCode] = useState<string | null>(null);

  const memberColors = useMemo(() => colorsByMember(reference?.members ?? []), [reference]);
  const cityColors = useMemo(
    () => new Map((reference?.cities ?? []).map((c) => [c.code, memberColors.get(c.memberCode) ?? '#ccc'])),
    [reference, memberColors],
  );
  const visibleCities = useMemo(
    () => (reference?.cities ?? []).filter((c) => !memberCode || c.memberCode === memberCode),
    [reference, memberCode],
  );
  const highlighted = useMemo(() => (memberCode ? new Set(visibleCities.map((c) => c.code)) : null), [memberCode, visibleCities]);

  const selectMember = (code: string | null) => {
    setMemberCode(code);
    setCityCode((current) => (current && code && reference?.cityByCode.get(current)?.memberCode !== code ? null : current));
  };
  const selectCity = (code: string | null) => {
    setCityCode(code);
    const city = code ? reference?.cityByCode.get(code) : undefined;
    // A city outside the current member filter switches the filter to its member.
    if (city && memberCode && city.memberCode !== memberCode) setMemberCode(city.memberCode);
  };

  const region = reference?.overview.region;
  return (
    <>
      <PageHeader
        title={t('region.title')}
        description={region ? t('region.subtitle', { name: localName(region, locale), version: region.dataVersion }) : undefined}
      />
      <ErrorAlert error={error} action={<Button size="small" onClick={reload}>{t('common.retry')}</Button>} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t('region.members')} size="small" loading={loading && !reference}>
          {reference && (
            <MembersTable members={reference.members} colors={memberColors} selectedCode={memberCode} onSelect={selectMember} />
          )}
        </Card>

        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card
              size="small"
              title={t('region.mapTitle')}
              extra={
                reference && (
                  <Segmented
                    size="small"
                    value={memberCode ?? ALL}
                    onChange={(value) => selectMember(value === ALL ? null : String(value))}
                    options={[
                      { value: ALL, label: t('region.allMembers') },
                      ...reference.members.map((m) => ({ value: m.code, label: memberShortName(m, locale) })),
                    ]}
                    data-testid="map-member-filter"
                  />
                )
              }
            >
              {reference && (
                <CityMap
                  cities={reference.cities}
                  members={reference.members}
                  colorByCode={cityColors}
                  highlighted={highlighted}
                  selectedCode={cityCode}
                  onCityClick={(code) => selectCity(code === cityCode ? null : code)}
                  height={MAP_HEIGHT}
                  labels={{ title: t('region.mapTitle'), code: t('region.code'), member: t('region.member'), noData: t('region.noData') }}
                />
              )}
              <Alert
                type="warning"
                showIcon
                data-testid="map-disclaimer"
                title={t('region.mapDisclaimerTitle')}
                description={t('region.mapDisclaimer')}
                style={{ marginTop: 8 }}
              />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card
              size="small"
              title={t('region.citiesTitle', { count: visibleCities.length })}
              extra={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('region.namesNotUnique')}
                </Typography.Text>
              }
            >
              {reference && (
                <CitiesTable
                  cities={visibleCities}
                  memberByCode={reference.memberByCode}
                  selectedCode={cityCode}
                  onSelect={selectCity}
                  height={MAP_HEIGHT + 40}
                />
              )}
            </Card>
          </Col>
        </Row>

        <div>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('region.bodies')}
          </Typography.Title>
          {reference && <BodiesByTier bodies={reference.bodies} memberByCode={reference.memberByCode} />}
        </div>
      </Space>
    </>
  );
}
