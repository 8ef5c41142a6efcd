/**
 * One major matter: its facts, the members party to it, the deadline at each
 * tier it has reached, where it stands, the decision that resolved it (or who
 * withdrew it and why), and every step of its timeline. Escalation,
 * de-escalation, coordination notes and withdrawal are offered to those allowed
 * to take them.
 */
import { ArrowLeftOutlined, CheckCircleFilled, RollbackOutlined, WarningFilled } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { MATTER_TIERS, type MatterDetail } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { useAreas } from '../plans/areas.ts';
import { useReference } from '../region/reference.ts';
import { areaLabel, titleOf } from '../tasks/labels.ts';
import { MemberTags } from '../tasks/MemberTags.tsx';
import { dayOf, descriptionOf } from './labels.ts';
import { MatterActions } from './MatterActions.tsx';
import { mattersApi } from './mattersApi.ts';
import { MatterStatusTag, MatterTierTag, UrgencyTag } from './MatterTags.tsx';
import { MatterTimeline } from './MatterTimeline.tsx';
import { useRaiser } from './useRaiser.ts';
import { PrintButton } from '../printing/PrintButton.tsx';

function Deadlines({ matter, timeZone }: { matter: MatterDetail; timeZone: string }) {
  const { t } = useTranslation();
  const reached = MATTER_TIERS.indexOf(matter.tier);
  return (
    <Card size="small" title={t('matters.detail.deadlines')} data-testid="matter-deadlines">
      <Flex vertical gap={8}>
        {MATTER_TIERS.map((tier, index) => {
          const deadline = matter.deadlines[tier];
          const current = tier === matter.tier && matter.status === 'open';
          const overdue = current && deadline !== null && new Date(deadline).getTime() <= Date.now();
          return (
            <Flex key={tier} justify="space-between" align="center" gap={8} data-testid={`matter-deadline-${tier}`} data-deadline={deadline ?? ''} data-current={current}>
              <Space size={6}>
                <MatterTierTag tier={tier} />
                {current && <Tag color="processing">{t('matters.detail.current')}</Tag>}
              </Space>
              <Space size={6}>
                {overdue && (
                  <Tag color="error" icon={<WarningFilled />} style={{ marginInlineEnd: 0 }}>
                    {t('matters.detail.overdue')}
                  </Tag>
                )}
                {deadline ? (
                  <Typography.Text type={overdue ? 'danger' : undefined} strong={current}>
                    {dayOf(deadline, timeZone)}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary">{index > reached ? t('matters.detail.notReached') : '—'}</Typography.Text>
                )}
              </Space>
            </Flex>
          );
        })}
      </Flex>
    </Card>
  );
}

export default function MatterDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const { timeZone } = useReference();
  const { areas } = useAreas();
  const raiser = useRaiser();
  const matter = useApi((signal) => mattersApi.get(id, signal), id);
  const decisionId = matter.data?.resolvedByDecisionId ?? null;
  const decision = useApi((signal) => (decisionId ? mattersApi.decision(decisionId, signal) : Promise.resolve(null)), `decision:${decisionId}`);

  if (matter.error instanceof ApiError && matter.error.status === 404) {
    return <Result status="404" title={t('matters.detail.notFound')} extra={<Link to="/matters">{t('matters.detail.back')}</Link>} />;
  }
  if (!matter.data) return matter.error ? <ErrorAlert error={matter.error} /> : <Skeleton active />;
  const m = matter.data;
  const area = areas.find((a) => a.id === m.focusAreaId);
  const description = descriptionOf(m, locale);
  const withdrawal = m.status === 'withdrawn' ? m.timeline.findLast((e) => e.kind === 'withdrawn') : undefined;

  return (
    <div data-testid="matter-detail" data-matter-id={m.id} data-status={m.status} data-tier={m.tier}>
      <PageHeader
        breadcrumbs={[{ label: t('nav.matters'), to: '/matters' }, { label: titleOf(m, locale) }]}
        title={
          <Space size={8} wrap>
            <span>{titleOf(m, locale)}</span>
            <MatterTierTag tier={m.tier} testId="matter-tier" />
            <MatterStatusTag status={m.status} testId="matter-status" />
            {m.isDemo && <DemoTag />}
          </Space>
        }
        extra={
          <>
            <Link to="/matters">
              <Button icon={<ArrowLeftOutlined />}>{t('matters.detail.back')}</Button>
            </Link>
            <PrintButton kind="matter-timeline" params={{ matterId: m.id }} />
            <MatterActions matter={m} onChanged={matter.setData} onReload={matter.reload} />
          </>
        }
      />
      {m.status === 'resolved' && m.resolvedByDecisionId && (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleFilled />}
          style={{ marginBottom: 16 }}
          title={
            <Space>
              {t('matters.detail.resolvedBy')}
              <Link to={`/decisions/${m.resolvedByDecisionId}`} data-testid="matter-decision-link">
                {decision.data ? titleOf(decision.data, locale) : t('matters.detail.decisionLink')}
              </Link>
              {decision.data && <Typography.Text type="secondary">{formatDateTime(decision.data.decidedAt, timeZone)}</Typography.Text>}
            </Space>
          }
        />
      )}
      {withdrawal && (
        <Alert
          type="warning"
          showIcon
          icon={<RollbackOutlined />}
          style={{ marginBottom: 16 }}
          data-testid="matter-withdrawn"
          title={t('matters.detail.withdrawnBy', {
            name: withdrawal.actorDisplayName ?? withdrawal.actorUsername,
            time: formatDateTime(withdrawal.occurredAt, timeZone),
          })}
          description={<span style={{ whiteSpace: 'pre-wrap' }} data-testid="matter-withdrawn-reason">{withdrawal.reason}</span>}
        />
      )}
      {m.status === 'open' && m.tier === 'decision' && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('matters.actions.atTop')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <Card size="small">
              <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} data-testid="matter-facts">
                <Descriptions.Item label={t('matters.form.titleZh')} span="filled">
                  <span lang="zh-CN">{m.titleZh}</span>
                </Descriptions.Item>
                {m.titleEn.trim() !== '' && (
                  <Descriptions.Item label={t('matters.form.titleEn')} span="filled">
                    <span lang="en">{m.titleEn}</span>
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('matters.detail.raisedBy')}>
                  <span data-testid="matter-raised-by">{raiser(m)}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('matters.detail.raisedAt')}>{formatDateTime(m.raisedAt, timeZone)}</Descriptions.Item>
                <Descriptions.Item label={t('matters.detail.members')} span="filled">
                  <span data-testid="matter-members" data-members={m.memberCodes.join(',')}>
                    <MemberTags codes={m.memberCodes} />
                  </span>
                </Descriptions.Item>
                <Descriptions.Item label={t('matters.detail.area')}>{area ? areaLabel(area, locale) : '—'}</Descriptions.Item>
                <Descriptions.Item label={t('matters.detail.urgency')}>
                  <UrgencyTag urgency={m.urgency} />
                </Descriptions.Item>
                <Descriptions.Item label={t('matters.detail.tier')}>
                  <MatterTierTag tier={m.tier} />
                </Descriptions.Item>
                <Descriptions.Item label={t('matters.detail.status')}>
                  <MatterStatusTag status={m.status} />
                </Descriptions.Item>
                {m.resolvedByDecisionId && (
                  <Descriptions.Item label={t('matters.detail.resolvedBy')} span="filled">
                    <Link to={`/decisions/${m.resolvedByDecisionId}`}>{decision.data ? titleOf(decision.data, locale) : t('matters.detail.decisionLink')}</Link>
                  </Descriptions.Item>
                )}
                {description.trim() !== '' && (
                  <Descriptions.Item label={t('matters.detail.description')} span="filled">
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{description}</Typography.Paragraph>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <MatterTimeline events={m.timeline} timeZone={timeZone} />
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Deadlines matter={m} timeZone={timeZone} />
        </Col>
      </Row>
    </div>
  );
}
