/**
 * A plan's lifecycle: where it stands (draft → adopted in principle → adopted →
 * in force → closed), the steps the Office may take now (the server lists
 * them), and every step taken so far with who, when and why.
 */
import { Button, Card, Flex, Form, Input, Modal, Steps, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOneOf, PLAN_STATUSES, type PlanDetail, type PlanStatus, type PlanTransition } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { isVersionConflict } from '../../shell/errors.ts';
import { formatDateTime } from '../../shell/format.ts';
import { plansApi } from './plansApi.ts';
import { PlanStatusTag } from './PlanTags.tsx';
import { NameWithId } from '../../shell/NameWithId.tsx';
import { useLocale } from '../../i18n/useLocale.ts';

interface Props {
  plan: PlanDetail;
  canManage: boolean;
  timeZone: string;
  onChanged: (plan: PlanDetail) => void;
  onReload: () => void;
}

export function PlanLifecycle({ plan, canManage, timeZone, onChanged, onReload }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [target, setTarget] = useState<PlanStatus | null>(null);
  const [form] = Form.useForm<{ note?: string; decisionRef?: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  // The transition schema types statuses as plain strings: keep only the lifecycle's own.
  const reached = new Set<PlanStatus>([plan.status, ...plan.transitions.flatMap((tr) => [tr.fromStatus, tr.toStatus]).filter((s) => isOneOf(PLAN_STATUSES, s))]);
  const current = PLAN_STATUSES.indexOf(plan.status);

  const submit = async (values: { note?: string; decisionRef?: string }) => {
    if (!target) return;
    setSaving(true);
    setError(undefined);
    try {
      onChanged(await plansApi.transition(plan.id, { to: target, version: plan.version, note: values.note?.trim() ?? '', decisionRef: values.decisionRef?.trim() || null }));
      setTarget(null);
      form.resetFields();
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title={t('plans.lifecycle.title')} data-testid="plan-lifecycle">
      <Steps
        size="small"
        current={current}
        items={PLAN_STATUSES.map((status, index) => ({
          title: t(`plans.status.${status}`),
          // "Adopted in principle" may be skipped: say so rather than show it as done.
          status: index < current ? (reached.has(status) ? 'finish' : 'wait') : index === current ? 'process' : 'wait',
          subTitle: index < current && !reached.has(status) ? t('plans.lifecycle.skipped') : undefined,
        }))}
        style={{ marginBottom: 16 }}
      />
      {canManage && plan.allowedTransitions.length > 0 && (
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
            {t('plans.lifecycle.next')}
          </Typography.Text>
          {plan.allowedTransitions.map((status) => (
            <Button key={status} type={status === plan.allowedTransitions[0] ? 'primary' : 'default'} onClick={() => setTarget(status)} data-testid={`plan-transition-${status}`}>
              {t(`plans.lifecycle.to.${status}`)}
            </Button>
          ))}
        </Flex>
      )}
      {plan.kind === 'three_year' && !plan.baselineFrozenAt && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('plans.lifecycle.baselineNote')}
        </Typography.Paragraph>
      )}
      <Table<PlanTransition>
        data-testid="plan-transitions"
        size="small"
        rowKey={(tr) => `${tr.occurredAt}:${tr.toStatus}`}
        pagination={false}
        dataSource={[...plan.transitions].reverse()}
        locale={{ emptyText: t('plans.lifecycle.noTransitions') }}
        columns={[
          {
            title: t('plans.lifecycle.when'),
            dataIndex: 'occurredAt',
            width: 170,
            // A step taken by a decision whose record gives the day only is shown by its day.
            render: (iso: string, tr) => (tr.timeOfDayKnown ? formatDateTime(iso, timeZone) : formatDateTime(iso, timeZone).slice(0, 10)),
          },
          {
            title: t('plans.lifecycle.step'),
            key: 'step',
            width: 230,
            render: (_, tr) => (
              <Flex gap={4} align="center">
                <TransitionStatus status={tr.fromStatus} />→<TransitionStatus status={tr.toStatus} />
              </Flex>
            ),
          },
          { title: t('plans.lifecycle.who'), key: 'who', width: 140, render: (_, tr) => <NameWithId name={tr.actorDisplayName} id={tr.actorUsername} /> },
          { title: t('plans.lifecycle.note'), dataIndex: 'note', render: (note: string) => note || '—' },
          {
            title: t('plans.lifecycle.decision'),
            key: 'decision',
            width: 200,
            // A decision recorded in the platform links to it by its title; a free-text reference stays as written.
            render: (_, tr) => {
              const title = locale === 'en' ? tr.decisionTitleEn || tr.decisionTitleZh : tr.decisionTitleZh;
              return title ? <NameWithId name={title} id={tr.decisionRef} to={`/decisions/${tr.decisionRef}`} /> : (tr.decisionRef ?? '—');
            },
          },
        ]}
      />
      <Modal
        open={target !== null}
        title={target ? t('plans.lifecycle.confirmTitle', { status: t(`plans.status.${target}`) }) : ''}
        onCancel={() => {
          setTarget(null);
          setError(undefined);
        }}
        onOk={() => form.submit()}
        okText={t('plans.lifecycle.confirm')}
        okButtonProps={{ loading: saving, 'data-testid': 'plan-step-submit' }}
        forceRender
      >
        {isVersionConflict(error) ? (
          <ErrorAlert
            error={error}
            action={
              <Button size="small" onClick={() => { setTarget(null); setError(undefined); onReload(); }} data-testid="version-conflict-reload">
                {t('common.reload')}
              </Button>
            }
          />
        ) : (
          <ErrorAlert error={error} testId="plan-step-error" />
        )}
        {target && ['adopted_in_principle', 'adopted'].includes(target) && plan.kind === 'three_year' && !plan.baselineFrozenAt && (
          <Typography.Paragraph type="warning">{t('plans.lifecycle.freezeWarning')}</Typography.Paragraph>
        )}
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item name="note" label={t('plans.lifecycle.noteLabel')} extra={t('plans.lifecycle.noteHint')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} data-testid="plan-step-note" />
          </Form.Item>
          <Form.Item name="decisionRef" label={t('plans.lifecycle.decisionLabel')} extra={t('plans.lifecycle.decisionHint')} rules={[{ max: 100 }]}>
            <Input data-testid="plan-step-decision" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** A status of the transition log: labelled when it is one of the lifecycle's, shown as it is otherwise. */
function TransitionStatus({ status }: { status: string }) {
  return isOneOf(PLAN_STATUSES, status) ? <PlanStatusTag status={status} /> : <Typography.Text code>{status}</Typography.Text>;
}
