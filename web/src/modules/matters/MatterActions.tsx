/**
 * What may be done to an open matter, shown only to those the server would
 * allow: escalate (the Office, or a liaison of a member party to it),
 * de-escalate and record a coordination step (the Office), withdraw (the
 * liaison of the member that raised it, or the Office). Each needs a reason or
 * note; withdrawing asks for confirmation, since a withdrawn matter cannot be
 * reopened. The server's refusals are shown as they come.
 */
import { ArrowDownOutlined, ArrowUpOutlined, CommentOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { MATTER_TIERS, type MatterDetail, type MatterTier } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { useCurrentUser } from '../auth/session.tsx';
import { canCoordinate, canDeEscalate, canEscalate, canWithdraw } from './access.ts';
import { mattersApi } from './mattersApi.ts';

type Action = 'up' | 'down' | 'note' | 'withdraw';

const above = (tier: MatterTier) => MATTER_TIERS[MATTER_TIERS.indexOf(tier) + 1];
const below = (tier: MatterTier) => MATTER_TIERS[MATTER_TIERS.indexOf(tier) - 1];

interface Props {
  matter: MatterDetail;
  onChanged: (matter: MatterDetail) => void;
  /** Loads the matter again, e.g. after a refusal because someone else moved it first. */
  onReload: () => void;
}

export function MatterActions({ matter, onChanged, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [action, setAction] = useState<Action | null>(null);
  // What the dialog shows: kept while it closes, so its title does not change during the animation.
  const [shown, setShown] = useState<Action>('up');
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const up = above(matter.tier);
  const down = below(matter.tier);

  const close = () => {
    setAction(null);
    setError(undefined);
    form.resetFields();
  };

  const submit = async ({ reason }: { reason: string }) => {
    if (!action) return;
    setSaving(true);
    setError(undefined);
    try {
      const text = reason.trim();
      const saved =
        action === 'note'
          ? await mattersApi.coordinate(matter.id, text)
          : action === 'withdraw'
            ? await mattersApi.withdraw(matter.id, text)
            : await mattersApi.changeTier(matter.id, { direction: action, reason: text });
      onChanged(saved);
      const tier = t(`matters.tier.${saved.tier}`);
      const done = {
        up: t('matters.actions.escalated', { tier }),
        down: t('matters.actions.deEscalated', { tier }),
        note: t('matters.actions.coordinated'),
        withdraw: t('matters.actions.withdrawn'),
      };
      void message.success(done[action]);
      close();
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  const open = (next: Action) => {
    setShown(next);
    setAction(next);
  };

  const title =
    shown === 'up' && up
      ? t('matters.actions.escalateTitle', { tier: t(`matters.tier.${up}`) })
      : shown === 'down' && down
        ? t('matters.actions.deEscalateTitle', { tier: t(`matters.tier.${down}`) })
        : shown === 'withdraw'
          ? t('matters.actions.withdrawTitle')
          : t('matters.actions.coordinateTitle');
  const isNote = shown === 'note';
  const isWithdraw = shown === 'withdraw';

  return (
    <>
      {canCoordinate(user, matter) && (
        <Button icon={<CommentOutlined />} onClick={() => open('note')} data-testid="matter-coordinate">
          {t('matters.actions.coordinate')}
        </Button>
      )}
      {canDeEscalate(user, matter) && (
        <Button icon={<ArrowDownOutlined />} onClick={() => open('down')} data-testid="matter-deescalate">
          {t('matters.actions.deEscalate')}
        </Button>
      )}
      {canWithdraw(user, matter) && (
        <Button danger icon={<RollbackOutlined />} onClick={() => open('withdraw')} data-testid="matter-withdraw">
          {t('matters.actions.withdraw')}
        </Button>
      )}
      {canEscalate(user, matter) && (
        <Button type="primary" icon={<ArrowUpOutlined />} onClick={() => open('up')} data-testid="matter-escalate">
          {t('matters.actions.escalate')}
        </Button>
      )}
      <Modal
        open={action !== null}
        title={title}
        onCancel={close}
        onOk={() => form.submit()}
        okText={isWithdraw ? t('matters.actions.withdrawConfirm') : t('matters.actions.submit')}
        okButtonProps={{ loading: saving, danger: isWithdraw, 'data-testid': 'matter-reason-submit' }}
        forceRender
      >
        <ErrorAlert
          error={error}
          testId="matter-action-error"
          action={
            error instanceof ApiError && error.status === 409 ? (
              <Button
                size="small"
                onClick={() => {
                  close();
                  onReload();
                }}
                data-testid="matter-action-reload"
              >
                {t('common.reload')}
              </Button>
            ) : undefined
          }
        />
        {isWithdraw && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('matters.actions.withdrawWarning')} data-testid="matter-withdraw-warning" />}
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item
            name="reason"
            label={isNote ? t('matters.actions.note') : t('matters.actions.reason')}
            extra={t('matters.actions.reasonHint')}
            rules={[{ required: true, whitespace: true, max: 5000, message: isNote ? t('matters.actions.noteRequired') : t('matters.actions.reasonRequired') }]}
          >
            <Input.TextArea rows={4} data-testid="matter-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
