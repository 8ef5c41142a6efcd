/**
 * An agreement's status: draft → signed → in force → expired, or terminated
 * from any live status. The Office takes the next steps the server allows;
 * each names the version it read, so a concurrent change is not overwritten.
 */
import { Button, Card, Flex, Modal, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_TRANSITIONS, type AgreementDetail, type AgreementStatus } from '../../api/types.ts';
import { SaveErrorAlert } from '../../shell/ErrorAlert.tsx';
import { agreementsApi } from './agreementsApi.ts';

const PATH: AgreementStatus[] = ['draft', 'signed', 'in_force', 'expired'];

interface Props {
  agreement: AgreementDetail;
  canManage: boolean;
  onChanged: (agreement: AgreementDetail) => void;
  onReload: () => void;
}

export function AgreementLifecycle({ agreement, canManage, onChanged, onReload }: Props) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<AgreementStatus | null>(null);
  // What the dialog shows: kept while it closes.
  const [shown, setShown] = useState<AgreementStatus>('signed');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const next = AGREEMENT_TRANSITIONS[agreement.status];
  const terminated = agreement.status === 'terminated';
  const current = PATH.indexOf(agreement.status);

  const close = () => {
    setTarget(null);
    setError(undefined);
  };

  const confirm = async () => {
    if (!target) return;
    setSaving(true);
    setError(undefined);
    try {
      onChanged(await agreementsApi.transition(agreement.id, { to: target, version: agreement.version }));
      setTarget(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title={t('agreements.lifecycle.title')} data-testid="agreement-lifecycle">
      <Steps
        size="small"
        current={terminated ? -1 : current}
        status={terminated ? 'error' : undefined}
        items={PATH.map((status, index) => ({
          title: t(`agreements.status.${status}`),
          status: terminated ? 'wait' : index < current ? 'finish' : index === current ? (status === 'expired' ? 'finish' : 'process') : 'wait',
        }))}
        style={{ marginBottom: 16 }}
      />
      {next.length === 0 ? (
        <Typography.Text type="secondary">{t('agreements.lifecycle.final', { status: t(`agreements.status.${agreement.status}`) })}</Typography.Text>
      ) : (
        canManage && (
          <Flex gap={8} wrap>
            <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
              {t('agreements.lifecycle.next')}
            </Typography.Text>
            {next.map((status) => (
              <Button
                key={status}
                type={status === next[0] ? 'primary' : 'default'}
                danger={status === 'terminated'}
                onClick={() => {
                  setShown(status);
                  setTarget(status);
                }}
                data-testid={`agreement-transition-${status}`}
              >
                {t(`agreements.lifecycle.to.${status}`)}
              </Button>
            ))}
          </Flex>
        )
      )}
      <Modal
        open={target !== null}
        title={t('agreements.lifecycle.confirmTitle', { status: t(`agreements.status.${shown}`) })}
        onCancel={close}
        onOk={() => void confirm()}
        okText={t('agreements.lifecycle.confirm')}
        okButtonProps={{ loading: saving, danger: shown === 'terminated', 'data-testid': 'agreement-transition-submit' }}
      >
        <SaveErrorAlert
          error={error}
          testId="agreement-transition-error"
          onReload={() => {
            close();
            onReload();
          }}
        />
        {shown === 'terminated' && <Typography.Paragraph type="warning">{t('agreements.lifecycle.confirmTerminate')}</Typography.Paragraph>}
      </Modal>
    </Card>
  );
}
