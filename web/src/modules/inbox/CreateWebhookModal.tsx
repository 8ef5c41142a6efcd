/**
 * Adding a webhook endpoint. The server generates the signing secret and shows
 * it in this answer only: the dialog then shows it, once, until closed.
 */
import { Alert, Button, Checkbox, Form, Input, Modal, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { webhooksApi } from './inboxApi.ts';

interface Values {
  name: string;
  url: string;
  events: string[];
  active: boolean;
}

interface Props {
  open: boolean;
  events: string[];
  onClose: () => void;
  onCreated: () => void;
}

export function CreateWebhookModal({ open, events, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, save } = useFormSave(form);
  const [secret, setSecret] = useState<string | null>(null);

  const close = () => {
    setError(undefined);
    setSecret(null);
    onClose();
  };

  const submit = (values: Values) =>
    save(async () => {
      const created = await webhooksApi.create({ name: values.name.trim(), url: values.url.trim(), events: values.events, active: values.active });
      setSecret(created.secret);
      onCreated();
    });

  return (
    <Modal
      open={open}
      title={secret ? t('webhooks.createdTitle') : t('webhooks.create')}
      width={640}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        secret ? (
          <Button type="primary" onClick={close} data-testid="webhook-secret-close">
            {t('webhooks.secretDone')}
          </Button>
        ) : (
          <ModalFormFooter
            form={form}
            onCancel={close}
            saving={saving}
            submitLabel={t('webhooks.createSubmit')}
            submitTestId="webhook-create-submit"
          />
        )
      }
    >
      {secret ? (
        <>
          <Alert type="warning" showIcon title={t('webhooks.secretOnce')} description={t('webhooks.secretHint')} style={{ marginBottom: 12 }} />
          <Typography.Paragraph copyable={{ text: secret }} code data-testid="webhook-secret" style={{ fontSize: 15 }}>
            {secret}
          </Typography.Paragraph>
        </>
      ) : (
        <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ events: [], active: true }} onFinish={(v) => void submit(v)}>
          <ErrorAlert error={error} testId="webhook-create-error" />
          <Form.Item name="name" label={t('webhooks.name')} rules={[{ required: true, whitespace: true, max: 100, message: t('webhooks.nameRequired') }]}>
            <Input data-testid="webhook-name" />
          </Form.Item>
          <Form.Item
            name="url"
            label={t('webhooks.url')}
            extra={t('webhooks.urlHint')}
            rules={[{ required: true, pattern: /^https?:\/\/.{4,}/, max: 2000, message: t('webhooks.urlRequired') }]}
          >
            <Input placeholder="https://" data-testid="webhook-url" />
          </Form.Item>
          <Form.Item name="events" label={t('webhooks.events')} rules={[{ required: true, type: 'array', min: 1, message: t('webhooks.eventsRequired') }]}>
            <Checkbox.Group
              options={events.map((e) => ({ value: e, label: t(`webhooks.eventNames.${e}`, { defaultValue: e }) }))}
              data-testid="webhook-events"
            />
          </Form.Item>
          <Form.Item name="active" label={t('webhooks.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
