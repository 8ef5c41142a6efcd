import { Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TIERS, type Body, type Member } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { bodyDescription, bodyName, memberName } from './labels.ts';

interface Props {
  bodies: readonly Body[];
  memberByCode: ReadonlyMap<string, Member>;
}

/** The bodies of the mechanism by tier: decision → coordination → execution, then observers. */
export function BodiesByTier({ bodies, memberByCode }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const byCode = new Map(bodies.map((b) => [b.code, b]));

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="bodies-list">
      {TIERS.map((tier) => {
        const inTier = bodies.filter((b) => b.tier === tier);
        if (inTier.length === 0) return null;
        return (
          <Card
            key={tier}
            size="small"
            data-testid={`bodies-tier-${tier}`}
            title={
              <Space>
                <span>{t(`tiers.${tier}.name`)}</span>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {t(`tiers.${tier}.description`)}
                </Typography.Text>
              </Space>
            }
          >
            <Table<Body>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={inTier}
              columns={[
                {
                  title: t('region.bodyName'),
                  key: 'name',
                  width: '32%',
                  render: (_, body) => (
                    <div>
                      <div>{bodyName(body, locale)}</div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {body.code}
                      </Typography.Text>
                    </div>
                  ),
                },
                {
                  title: t('region.bodyKind'),
                  dataIndex: 'kind',
                  width: 130,
                  render: (kind: string, body) => (
                    <Space size={4} wrap>
                      <Tag>{t(`bodyKinds.${kind}`, { defaultValue: kind })}</Tag>
                      {/* Set up for this deployment (e.g. the working groups): the source record does not name it. */}
                      {body.provenance === 'configuration' && (
                        <Tag data-testid="body-configuration" title={t('region.configurationHint')}>
                          {t('region.configuration')}
                        </Tag>
                      )}
                    </Space>
                  ),
                },
                {
                  title: t('region.bodyRhythm'),
                  dataIndex: 'rhythm',
                  width: 100,
                  render: (rhythm: string) => (rhythm ? t(`rhythms.${rhythm}`, { defaultValue: rhythm }) : '—'),
                },
                {
                  title: t('region.bodyRelations'),
                  key: 'relations',
                  width: 200,
                  render: (_, body) => {
                    const parent = body.parentCode ? byCode.get(body.parentCode) : undefined;
                    const member = body.memberCode ? memberByCode.get(body.memberCode) : undefined;
                    return (
                      <Space orientation="vertical" size={0}>
                        {parent && <span>{t('region.reportsTo', { name: bodyName(parent, locale) })}</span>}
                        {member && <span>{t('region.ofMember', { name: memberName(member, locale) })}</span>}
                        {!parent && !member && '—'}
                      </Space>
                    );
                  },
                },
                { title: t('region.bodyDescription'), key: 'description', render: (_, body) => bodyDescription(body, locale) },
              ]}
            />
          </Card>
        );
      })}
    </Space>
  );
}
