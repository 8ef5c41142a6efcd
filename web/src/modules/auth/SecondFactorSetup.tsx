import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { authApi, type Enrolment } from './authApi.ts';

/**
 * Setting up an authenticator app: start (a new secret and its QR code), scan,
 * confirm with a code; then the recovery codes, shown this once.
 */
export function SecondFactorSetup({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (recoveryCodes) {
    const copy = () =>
      void navigator.clipboard?.writeText(recoveryCodes.join('\n')).then(() => setCopied(true), () => setCopied(false));
    return (
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('twoFactor.recoveryTitle')}
        </Typography.Title>
        <Alert type="warning" showIcon title={t('twoFactor.recoveryNotice')} />
        <pre data-testid="recovery-codes" style={{ fontSize: 16, lineHeight: 1.8, background: '#f5f5f5', padding: 12, margin: 0, whiteSpace: 'pre-wrap' }}>
          {recoveryCodes.join('\n')}
        </pre>
        <Space wrap>
          <Button onClick={copy}>{copied ? t('twoFactor.copied') : t('twoFactor.copy')}</Button>
          <Button type="primary" onClick={onDone} data-testid="recovery-codes-done">
            {t('twoFactor.recoveryDone')}
          </Button>
        </Space>
      </Space>
    );
  }

  if (!enrolment) {
    return (
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <ErrorAlert error={error} testId="second-factor-error" />
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('twoFactor.setupIntro')}
        </Typography.Paragraph>
        <Button type="primary" loading={busy} onClick={() => void run(async () => setEnrolment(await authApi.startEnrolment()))} data-testid="second-factor-start">
          {t('twoFactor.start')}
        </Button>
      </Space>
    );
  }

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('twoFactor.setupIntro')}
      </Typography.Paragraph>
      <img src={enrolment.qrCode} alt={t('twoFactor.qrAlt')} data-testid="second-factor-qr" style={{ width: 200, height: 200, maxWidth: '100%', alignSelf: 'center' }} />
      <div>
        <Typography.Text type="secondary">{t('twoFactor.secretLabel')}</Typography.Text>
        <Typography.Paragraph copyable code style={{ wordBreak: 'break-all', marginBottom: 0 }} data-testid="second-factor-secret">
          {enrolment.secret}
        </Typography.Paragraph>
      </div>
      <ErrorAlert error={error} testId="second-factor-error" />
      <Form
        layout="vertical"
        requiredMark={false}
        onFinish={({ code }: { code: string }) =>
          void run(async () => setRecoveryCodes((await authApi.confirmEnrolment(code.trim())).recoveryCodes))
        }
      >
        <Form.Item name="code" label={t('twoFactor.codeLabel')} rules={[{ required: true, message: t('twoFactor.codeRequired') }]}>
          <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} data-testid="second-factor-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="second-factor-confirm">
          {t('twoFactor.confirm')}
        </Button>
      </Form>
    </Space>
  );
}
