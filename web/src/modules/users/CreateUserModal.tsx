/**
 * Creating an account: the server answers with a one-time password, which is
 * shown here once, in place of the form, until the administrator closes it.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateUserInput, Locale, RoleName } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { OneTimePasswordBox } from './OneTimePasswordBox.tsx';
import { RoleFields } from './RoleFields.tsx';
import { usersApi } from './usersApi.ts';

interface Values {
  username: string;
  displayName: string;
  email?: string;
  locale: Locale;
  roles?: { role: RoleName; memberCode?: string; bodyCode?: string }[];
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** Called once the account exists (the list reloads behind the dialog). */
  onCreated: () => void;
}

const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]*$/;

export function CreateUserModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, save } = useFormSave(form);
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null);

  const close = () => {
    form.resetFields();
    setError(undefined);
    setCreated(null);
    onClose();
  };

  const submit = (values: Values) =>
    save(async () => {
      const input: CreateUserInput = {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        email: values.email?.trim() ? values.email.trim() : null,
        locale: values.locale,
        roles: (values.roles ?? []).map((r) => ({ role: r.role, memberCode: r.memberCode ?? null, bodyCode: r.bodyCode ?? null })),
      };
      const result = await usersApi.create(input);
      setCreated({ username: result.user.username, password: result.oneTimePassword });
      onCreated();
    });

  return (
    <Modal
      open={open}
      title={created ? t('users.create.doneTitle') : t('users.create.title')}
      width={760}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        created ? (
          <Button type="primary" onClick={close} data-testid="one-time-password-close">
            {t('users.otp.done')}
          </Button>
        ) : (
          <ModalFormFooter form={form} onCancel={close} saving={saving} submitLabel={t('users.create.submit')} submitTestId="user-create-submit" />
        )
      }
    >
      {created ? (
        <OneTimePasswordBox username={created.username} password={created.password} />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ locale: 'zh-CN', roles: [] }}
          onFinish={(values) => void submit(values)}
          autoComplete="off"
        >
          <ErrorAlert error={error} testId="user-create-error" />
          <Flex gap={16}>
            <Form.Item
              name="username"
              label={t('users.username')}
              style={{ flex: 1 }}
              extra={t('users.usernameHint')}
              rules={[
                { required: true, message: t('users.usernameRequired') },
                { min: 3, max: 64, message: t('users.usernameLength') },
                { pattern: USERNAME_PATTERN, message: t('users.usernamePattern') },
              ]}
            >
              <Input data-testid="user-create-username" />
            </Form.Item>
            <Form.Item
              name="displayName"
              label={t('users.displayName')}
              style={{ flex: 1 }}
              rules={[{ required: true, whitespace: true, max: 100, message: t('users.displayNameRequired') }]}
            >
              <Input data-testid="user-create-display-name" />
            </Form.Item>
          </Flex>
          <Flex gap={16}>
            <Form.Item name="email" label={t('users.email')} style={{ flex: 1 }} rules={[{ type: 'email', message: t('users.emailInvalid') }]}>
              <Input data-testid="user-create-email" />
            </Form.Item>
            <Form.Item name="locale" label={t('users.locale')} style={{ flex: 1 }}>
              <Select
                options={[
                  { value: 'zh-CN', label: '简体中文' },
                  { value: 'en', label: 'English' },
                ]}
                data-testid="user-create-locale"
              />
            </Form.Item>
          </Flex>
          <Form.Item label={t('users.roles')} extra={t('users.rolesHint')} style={{ marginBottom: 0 }}>
            <Form.List name="roles">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <Flex key={field.key} gap={8} align={index === 0 ? 'center' : 'flex-start'} data-testid={`user-create-role-${index}`}>
                      <RoleFields form={form} prefix={[field.name]} listName="roles" showLabels={false} />
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t('users.removeRole')}
                        onClick={() => remove(field.name)}
                        style={{ marginBottom: 12 }}
                      />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="user-create-add-role">
                    {t('users.addRole')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
