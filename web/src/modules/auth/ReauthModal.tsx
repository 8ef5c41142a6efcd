import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { authApi } from './authApi.ts';
import { useSession } from './session.tsx';

/**
 * Sensitive actions (role grants, resets, API tokens) need the authenticator
 * code from the last 15 minutes; the server answers 403 reauth_required and
 * this dialog asks for a code. The user then repeats the action.
 */
export function ReauthModal() {
  const { t } = useTranslation();
  const { reauthRequested, closeReauth, refresh } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string }>();
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await authApi.verifySecondFactor(code.trim());
      void message.success(t('twoFactor.reauthDone'));
      form.resetFields();
      closeReauth();
      await refresh();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={reauthRequested}
      title={t('twoFactor.reauthTitle')}
      okText={t('twoFactor.verify')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={closeReauth}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'reauth-submit' }}
    >
      <Typography.Paragraph type="secondary">{t('twoFactor.reauthHint')}</Typography.Paragraph>
      <ErrorAlert error={error} testId="reauth-error" />
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
        <Form.Item name="code" label={t('twoFactor.codeLabel')} rules={[{ required: true, message: t('twoFactor.codeRequired') }]}>
          <Input autoComplete="one-time-code" inputMode="numeric" autoFocus data-testid="reauth-code" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
