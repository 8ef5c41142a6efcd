/**
 * Issuing an API token: who uses it, the member it writes for, optionally only
 * some indicators, and an expiry (at most two years). The server shows the
 * secret in its answer only: the dialog shows it once, with a copy button.
 */
import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { indicatorsApi } from '../indicators/indicatorsApi.ts';
import { indicatorName } from '../indicators/labels.ts';
import { memberOptions } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { endOfDayInShanghai } from './expiry.ts';
import { tokensApi, type CreatedApiToken } from './tokensApi.ts';

interface Values {
  name: string;
  memberCode: string;
  indicatorCodes: string[];
  expiresOn: Dayjs;
}

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}

/** The server refuses more than two years ahead; the picker offers no later day. */
const MAX_YEARS = 2;

/** Copies with the Clipboard API where allowed; otherwise selects the text for Ctrl+C. */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.select();
    return false;
  }
}

function SecretOnce({ created }: { created: CreatedApiToken }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [input, setInput] = useState<HTMLInputElement | null>(null);
  return (
    <>
      <Alert type="warning" showIcon title={t('tokens.secretOnce')} description={t('tokens.secretHint')} style={{ marginBottom: 12 }} />
      <Typography.Text type="secondary">{t('tokens.secretFor', { name: created.name })}</Typography.Text>
      <Flex gap={8} style={{ marginTop: 8 }} wrap>
        <Input
          readOnly
          value={created.secret}
          ref={(r) => setInput(r?.input ?? null)}
          onFocus={(e) => e.target.select()}
          style={{ flex: '1 1 220px', fontFamily: 'monospace' }}
          aria-label={t('tokens.secret')}
          data-testid="token-secret"
        />
        <Button
          type="primary"
          onClick={() =>
            void copyText(created.secret, input).then((ok) => void (ok ? message.success(t('tokens.copied')) : message.info(t('tokens.copyManually'))))
          }
          data-testid="token-copy"
        >
          {t('tokens.copy')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('tokens.usage')}
        <Typography.Text code>Authorization: Bearer {created.prefix}…</Typography.Text>
      </Typography.Paragraph>
    </>
  );
}

export function CreateTokenModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, save } = useFormSave(form);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  // Administrators without a work role may not read indicators (403): the codes can then be typed, and the server checks them.
  const indicators = useApi(
    (signal) => (open ? indicatorsApi.list({ status: 'active' }, signal).catch(() => []) : Promise.resolve([])),
    open ? 'token-indicators' : 'closed',
  );

  const close = () => {
    setError(undefined);
    setCreated(null);
    onClose();
  };

  const submit = (values: Values) =>
    save(async () => {
      const answer = await tokensApi.create({
        name: values.name.trim(),
        memberCode: values.memberCode,
        indicatorCodes: [...new Set((values.indicatorCodes ?? []).map((c) => c.trim().toUpperCase()).filter(Boolean))],
        expiresAt: endOfDayInShanghai(values.expiresOn),
      });
      setCreated(answer);
      onCreated();
    });

  const today = dayjs().startOf('day');
  return (
    <Modal
      open={open}
      title={created ? t('tokens.createdTitle') : t('tokens.create')}
      width={640}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        created ? (
          <Button type="primary" onClick={close} data-testid="token-secret-close">
            {t('tokens.secretDone')}
          </Button>
        ) : (
          <ModalFormFooter form={form} onCancel={close} saving={saving} submitLabel={t('tokens.createSubmit')} submitTestId="token-create-submit" />
        )
      }
    >
      {created ? (
        <SecretOnce created={created} />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ indicatorCodes: [], expiresOn: today.add(1, 'year') }}
          onFinish={(v) => void submit(v)}
        >
          <ErrorAlert error={error} testId="token-create-error" />
          <Form.Item name="name" label={t('tokens.name')} extra={t('tokens.nameHint')} rules={[{ required: true, whitespace: true, max: 200, message: t('tokens.nameRequired') }]}>
            <Input data-testid="token-name" />
          </Form.Item>
          <Form.Item name="memberCode" label={t('tokens.member')} extra={t('tokens.memberHint')} rules={[{ required: true, message: t('tokens.memberRequired') }]}>
            <Select options={memberOptions(reference?.members ?? [], locale)} placeholder={t('tokens.memberPlaceholder')} data-testid="token-member" />
          </Form.Item>
          <Form.Item name="indicatorCodes" label={t('tokens.indicators')} extra={t('tokens.indicatorsHint')}>
            <Select
              mode="tags"
              allowClear
              tokenSeparators={[',', ' ']}
              loading={indicators.loading}
              placeholder={t('tokens.allIndicators')}
              showSearch={{ optionFilterProp: 'label' }}
              options={(indicators.data ?? []).map((i) => ({ value: i.code, label: `${i.code} · ${indicatorName(i, locale)}` }))}
              data-testid="token-indicators"
            />
          </Form.Item>
          <Form.Item name="expiresOn" label={t('tokens.expiresOn')} extra={t('tokens.expiresHint')} rules={[{ required: true, message: t('tokens.expiresRequired') }]}>
            <DatePicker
              style={{ width: '100%' }}
              allowClear={false}
              disabledDate={(d) => d.isBefore(today) || d.isAfter(today.add(MAX_YEARS, 'year').subtract(1, 'day'))}
              data-testid="token-expires"
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
