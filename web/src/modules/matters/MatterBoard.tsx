/**
 * Open matters in three columns, from the execution tier up to the decision
 * tier (the way matters flow), oldest first, each with its age in days; a
 * matter past its tier's deadline is marked overdue.
 */
import { ClockCircleOutlined, WarningFilled } from '@ant-design/icons';
import { Badge, Card, Col, Empty, Flex, Row, Skeleton, Space, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MATTER_TIERS, type BoardMatter, type MatterBoard as Board } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { useReference } from '../region/reference.ts';
import { titleOf } from '../tasks/labels.ts';
import { MemberTags } from '../tasks/MemberTags.tsx';
import { currentDeadline, dayOf } from './labels.ts';
import { MatterTierTag, UrgencyTag } from './MatterTags.tsx';
import { useRaiser } from './useRaiser.ts';

function MatterCard({ matter }: { matter: BoardMatter }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { timeZone } = useReference();
  const { token } = theme.useToken();
  const raiser = useRaiser();
  const deadline = currentDeadline(matter);
  return (
    <Link to={`/matters/${matter.id}`} style={{ color: 'inherit', display: 'block' }}>
      <Card
        size="small"
        hoverable
        data-testid={`matter-card-${matter.id}`}
        data-tier={matter.tier}
        data-overdue={matter.overdue}
        data-age={matter.ageDays}
        data-members={matter.memberCodes.join(',')}
        data-demo={matter.isDemo}
        style={{ borderColor: matter.overdue ? token.colorError : undefined, borderWidth: matter.overdue ? 2 : 1 }}
      >
        <Flex vertical gap={6}>
          <Flex gap={6} align="flex-start" justify="space-between">
            <Typography.Text strong>{titleOf(matter, locale)}</Typography.Text>
            {matter.isDemo && <DemoTag />}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('matters.board.raisedBy', { name: raiser(matter) })}
          </Typography.Text>
          <span data-testid="matter-card-members">
            <MemberTags codes={matter.memberCodes} />
          </span>
          <Space size={[4, 4]} wrap>
            <Tag icon={<ClockCircleOutlined />} style={{ marginInlineEnd: 0 }} data-testid="matter-age">
              {t('matters.board.age', { count: matter.ageDays })}
            </Tag>
            {matter.urgency !== 'normal' && <UrgencyTag urgency={matter.urgency} />}
            {matter.overdue && (
              <Tag color="error" icon={<WarningFilled />} style={{ marginInlineEnd: 0 }} data-testid="matter-overdue">
                {t('matters.board.overdue')}
              </Tag>
            )}
          </Space>
          {deadline && (
            <Typography.Text type={matter.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              {t('matters.board.due', { date: dayOf(deadline, timeZone) })}
            </Typography.Text>
          )}
        </Flex>
      </Card>
    </Link>
  );
}

export function MatterBoard({ board, loading }: { board: Board | undefined; loading: boolean }) {
  const { t } = useTranslation();
  if (!board) return loading ? <Skeleton active /> : null;
  const byTier = new Map(board.tiers.map((column) => [column.tier, column]));
  return (
    <>
      <Typography.Paragraph type="secondary">{t('matters.board.hint')}</Typography.Paragraph>
      <Row gutter={[16, 16]} data-testid="matters-board">
        {MATTER_TIERS.map((tier) => {
          const matters = byTier.get(tier)?.matters ?? [];
          const total = byTier.get(tier)?.total ?? matters.length;
          return (
            <Col key={tier} xs={24} lg={8}>
              <Card
                size="small"
                title={
                  <Space>
                    <MatterTierTag tier={tier} />
                    <Badge count={total} showZero overflowCount={9999} color="#8c8c8c" />
                  </Space>
                }
                data-testid={`matter-column-${tier}`}
                data-count={total}
                styles={{ body: { background: '#fafbfc', minHeight: 160 } }}
              >
                {matters.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matters.board.empty')} />
                ) : (
                  <Flex vertical gap={8}>
                    {matters.map((m) => (
                      <MatterCard key={m.id} matter={m} />
                    ))}
                    {/* The board lists the oldest open matters only; the list view pages through all of them. */}
                    {total > matters.length && (
                      <Typography.Text type="secondary" data-testid={`matter-column-more-${tier}`}>
                        {t('matters.board.more', { shown: matters.length, total })}
                      </Typography.Text>
                    )}
                  </Flex>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
