/**
 * Name, e-mail and status of an account. Saving sends the version the form was
 * loaded with; if someone changed the account meanwhile the server answers 409
 * and the administrator reloads before saving again (no silent overwrite).
 */
import { App, Button, Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User, UserStatus } from '../../api/types.ts';
import { SaveErrorAlert } from '../../shell/ErrorAlert.tsx';
import { isVersionConflict } from '../../shell/errors.ts';
import { useFormSave } from '../../shell/useFormSave.ts';
import { usersApi } from './usersApi.ts';

interface Values {
  displayName: string;
  email?: string | null;
  status: UserStatus;
}

interface Props {
  user: User;
  onSaved: (user: User) => void;
  onReload: () => void;
}

export function UserProfileCard({ user, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, save } = useFormSave(form);

  const submit = (values: Values) =>
    save(async () => {
      const saved = await usersApi.update(user.id, {
        version: user.version,
        displayName: values.displayName.trim(),
        email: values.email?.trim() ? values.email.trim() : null,
        status: values.status,
      });
      onSaved(saved);
      void message.success(t('users.detail.saved'));
    });

  const conflict = isVersionConflict(error);
  return (
    <Card title={t('users.detail.profile')} size="small">
      <SaveErrorAlert
        error={error}
        testId="user-save-error"
        conflictTitle={t('users.detail.conflictTitle')}
        conflictDescription={t('users.detail.conflict')}
        onReload={() => {
          setError(undefined);
          onReload();
        }}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ displayName: user.displayName, email: user.email, status: user.status }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, max: 100, message: t('users.displayNameRequired') }]}
        >
          <Input data-testid="user-edit-display-name" />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', message: t('users.emailInvalid') }]}>
          <Input data-testid="user-edit-email" />
        </Form.Item>
        <Form.Item name="status" label={t('users.statusLabel')} extra={t('users.detail.statusHint')}>
          <Select
            options={[
              { value: 'active', label: t('users.status.active') },
              { value: 'disabled', label: t('users.status.disabled') },
            ]}
            data-testid="user-edit-status"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} disabled={conflict} data-testid="user-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
