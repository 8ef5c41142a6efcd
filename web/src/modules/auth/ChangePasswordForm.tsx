/**
 * Change one's own password: current (or one-time) password, new one twice.
 * Length and character classes are checked here for quick feedback; the
 * server checks everything (common passwords, history) and its field errors
 * land on the fields.
 */
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { authApi } from './authApi.ts';
import { characterClasses, PasswordRules } from './PasswordRules.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

interface Props {
  /** Label of the first field: "one-time password" on first sign-in, "current password" otherwise. */
  currentLabel: string;
  submitLabel: string;
  onDone: () => void | Promise<void>;
}

export function ChangePasswordForm({ currentLabel, submitLabel, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, error, save } = useFormSave(form);
  const policy = useApi((signal) => authApi.passwordPolicy(signal), 'password-policy').data;

  const submit = (values: Values) =>
    save(async () => {
      await authApi.changePassword(values.currentPassword, values.newPassword);
      form.resetFields();
      await onDone();
    });

  return (
    <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false} autoComplete="off">
      <ErrorAlert error={error} testId="change-password-error" />
      <Form.Item name="currentPassword" label={currentLabel} rules={[{ required: true, message: t('password.currentRequired') }]}>
        <Input.Password autoComplete="current-password" data-testid="change-password-current" />
      </Form.Item>
      <PasswordRules policy={policy} />
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        rules={[
          { required: true, message: t('password.newRequired') },
          ...(policy
            ? [
                { min: policy.minLength, message: t('password.rules.length', { min: policy.minLength, max: policy.maxLength }) },
                { max: policy.maxLength, message: t('password.rules.length', { min: policy.minLength, max: policy.maxLength }) },
                {
                  validator: (_: unknown, value: string | undefined) =>
                    !value || policy.minClasses === 0 || characterClasses(value) >= policy.minClasses
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('password.rules.classes', { min: policy.minClasses }))),
                },
              ]
            : []),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="change-password-new" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="change-password-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} block data-testid="change-password-submit">
        {submitLabel}
      </Button>
    </Form>
  );
}
