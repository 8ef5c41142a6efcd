/**
 * One risk: what it is, its 5×5 assessment and owners; the joint measures
 * (tasks and agreement clauses, with their state); the trigger thresholds on
 * indicators with their state per scope; the alerts they raised; and the
 * history of assessments (who, when, why). The Office and the owner members'
 * liaisons and editors edit it.
 */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, List, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { formatDateTime, textOf } from '../../shell/format.ts';
import { PageTitle } from '../indicators/PageTitle.tsx';
import { useReference } from '../region/reference.ts';
import { memberNames, riskTitle, RiskStatusTag, scopeName, ScoreTag } from './labels.tsx';
import { RiskFormModal } from './RiskFormModal.tsx';
import { risksApi, type RiskDetail } from './risksApi.ts';
import { TriggerFormModal } from './TriggerFormModal.tsx';

type Alert = RiskDetail['alerts'][number];
type Assessment = RiskDetail['assessments'][number];
const h3 = (text: string) => <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>{text}</Typography.Title>;

export default function RiskDetailPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const { reference, timeZone } = useReference();
  const [tick, setTick] = useState(0);
  const detail = useApi((signal) => risksApi.get(id, signal), `${id}:${tick}`);
  const [editing, setEditing] = useState<'risk' | 'trigger' | null>(null);
  const saved = () => { setEditing(null); setTick((n) => n + 1); };
  const r = detail.data;
  const any = t('risks.triggers.anyScope');
  const highlighted = params.get('alert');

  if (detail.error) return <ErrorAlert error={detail.error} />;
  if (!r) return null;
  const remove = (triggerId: string) => risksApi.removeTrigger(r.id, triggerId).then(saved).catch((e: unknown) => message.error(errorMessage(e, t)));
  return (
    <div>
      <PageTitle
        title={<Space wrap>{r.code} · {riskTitle(r, locale)}</Space>}
        tags={<>{r.isDemo && <DemoTag />}<RiskStatusTag status={r.status} /><Tag>{t(`risks.area.${r.area}`)}</Tag></>}
        testId="risk-title"
        extra={<>
          <Link to="/risks">{t('risks.backToList')}</Link>
          {r.canEdit && <Button icon={<EditOutlined />} onClick={() => setEditing('risk')} data-testid="risk-edit">{t('risks.edit')}</Button>}
        </>}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 2 }} items={[
            { key: 'score', label: t('risks.fields.score'), children: <Space><ScoreTag score={r.score} />{t('risks.scoreOf', { likelihood: r.likelihood, impact: r.impact })}</Space> },
            { key: 'owners', label: t('risks.fields.owners'), children: memberNames(r.ownerMemberCodes, reference, locale) },
            { key: 'review', label: t('risks.fields.reviewDate'), children: r.reviewDate ?? '—' },
            { key: 'updated', label: t('risks.fields.updatedAt'), children: formatDateTime(r.updatedAt, timeZone) },
            { key: 'description', label: t('risks.fields.description'), span: 2, children: textOf(r.descriptionZh, r.descriptionEn, locale) || '—' },
          ]} />
        </Card>

        <Card size="small" title={h3(t('risks.alerts.title'))} data-testid="risk-alerts">
          <List<Alert>
            dataSource={r.alerts} locale={{ emptyText: t('risks.alerts.none') }}
            renderItem={(a) => (
              <List.Item data-testid="risk-alert" style={a.id === highlighted ? { background: '#fff1f0' } : undefined}>
                <Flex vertical gap={2}>
                  <Typography.Text strong>
                    {t('risks.alerts.line', { indicator: a.indicatorCode, scope: scopeName(a.scopeCode, reference, locale, any), comparison: t(`risks.comparison.${a.comparison}`), threshold: a.threshold, periods: a.periods.length })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {a.periods.map((p) => `${p.period}: ${p.value}`).join(' · ')} — {formatDateTime(a.raisedAt, timeZone)} · {a.raisedBy} {a.isDemo && <DemoTag />}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </Card>

        <Card size="small" title={h3(t('risks.triggers.title'))} data-testid="risk-triggers"
          extra={r.canEdit && <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('trigger')} data-testid="trigger-add">{t('risks.triggers.add')}</Button>}>
          <List
            dataSource={r.triggers} locale={{ emptyText: t('risks.triggers.none') }}
            renderItem={(tr) => (
              <List.Item
                actions={r.canEdit ? [
                  <Popconfirm key="remove" title={t('risks.triggers.removeConfirm')} onConfirm={() => void remove(tr.id)}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('risks.triggers.remove')} />
                  </Popconfirm>,
                ] : []}
              >
                <Flex vertical gap={2}>
                  <Typography.Text>
                    {t('risks.triggers.rule', {
                      indicator: `${tr.indicatorCode} ${textOf(tr.indicatorNameZh, tr.indicatorNameEn, locale)}`, scope: scopeName(tr.scopeCode, reference, locale, any),
                      comparison: t(`risks.comparison.${tr.comparison}`), threshold: `${tr.threshold}${textOf(tr.unitZh, tr.unitEn, locale) ? ` ${textOf(tr.unitZh, tr.unitEn, locale)}` : ''}`, periods: tr.periods,
                    })}
                  </Typography.Text>
                  <Space size={4} wrap>
                    {tr.states.map((s) => (
                      <Tag key={s.scopeCode} color={s.crossed ? 'red' : 'green'}>
                        {scopeName(s.scopeCode, reference, locale, any)}: {s.crossed ? t('risks.triggers.crossed') : t('risks.triggers.clear')} ({s.lastPeriod})
                      </Tag>
                    ))}
                  </Space>
                </Flex>
              </List.Item>
            )}
          />
        </Card>

        <Card size="small" title={h3(t('risks.measures.title'))} data-testid="risk-measures">
          <List
            dataSource={r.measures} locale={{ emptyText: t('risks.measures.none') }}
            renderItem={(m) => (
              <List.Item>
                <Flex vertical gap={2}>
                  {m.task && <span><Tag>{t('risks.measures.task')}</Tag><Link to={`/tasks/${m.task.id}`}>{m.task.code} {textOf(m.task.titleZh, m.task.titleEn, locale)}</Link> · {m.task.progress}%</span>}
                  {m.clause && <span><Tag>{t('risks.measures.clause')}</Tag><Link to={`/agreements/${m.clause.agreementId}`}>{textOf(m.clause.agreementTitleZh, m.clause.agreementTitleEn, locale)}</Link>: {textOf(m.clause.textZh, m.clause.textEn, locale)}</span>}
                  {textOf(m.textZh, m.textEn, locale) && <Typography.Text type="secondary">{textOf(m.textZh, m.textEn, locale)}</Typography.Text>}
                </Flex>
              </List.Item>
            )}
          />
        </Card>

        <Card size="small" title={h3(t('risks.assessments.title'))} data-testid="risk-assessments">
          <Table<Assessment>
            size="small" rowKey="revision" dataSource={r.assessments} pagination={false} scroll={{ x: 'max-content' }}
            columns={[
              { title: '#', dataIndex: 'revision', width: 48 },
              { title: t('risks.fields.likelihood'), dataIndex: 'likelihood' },
              { title: t('risks.fields.impact'), dataIndex: 'impact' },
              { title: t('risks.fields.score'), key: 'score', render: (_, a) => <ScoreTag score={a.score} /> },
              { title: t('risks.fields.status'), key: 'status', render: (_, a) => <RiskStatusTag status={a.status} /> },
              { title: t('risks.fields.reason'), dataIndex: 'reason', render: (v: string) => v || '—' },
              { title: t('risks.assessments.by'), dataIndex: 'assessedBy' },
              { title: t('risks.assessments.at'), dataIndex: 'assessedAt', render: (v: string) => formatDateTime(v, timeZone) },
            ]}
          />
        </Card>
      </Space>
      {editing === 'risk' && <RiskFormModal risk={r} onClose={() => setEditing(null)} onSaved={saved} onReload={() => setTick((n) => n + 1)} />}
      {editing === 'trigger' && <TriggerFormModal riskId={r.id} onClose={() => setEditing(null)} onSaved={saved} />}
    </div>
  );
}
