/** The roles of an account: revoke one, grant another. Effective on the user's next request. */
import { App, Button, Card, Flex, Form, Popconfirm, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleName, User, UserRole } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { formatDateTime } from '../../shell/format.ts';
import { useFormSave } from '../../shell/useFormSave.ts';
import { bodyName, memberName } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { RoleFields } from './RoleFields.tsx';
import { usersApi } from './usersApi.ts';

interface GrantValues {
  role: RoleName;
  memberCode?: string;
  bodyCode?: string;
}

export function UserRolesCard({ user, onChanged }: { user: User; onChanged: (user: User) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const { reference, timeZone } = useReference();
  const [form] = Form.useForm<GrantValues>();
  const { saving: granting, error, save } = useFormSave(form);

  const grant = (values: GrantValues) =>
    save(async () => {
      onChanged(await usersApi.grantRole(user.id, { role: values.role, memberCode: values.memberCode ?? null, bodyCode: values.bodyCode ?? null }));
      form.resetFields();
      void message.success(t('users.detail.roleGranted'));
    });

  const revoke = async (grantId: string) => {
    try {
      onChanged(await usersApi.revokeRole(user.id, grantId));
      void message.success(t('users.detail.roleRevoked'));
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    }
  };

  return (
    <Card title={t('users.roles')} size="small">
      <Table<UserRole>
        data-testid="user-roles-table"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={user.roles}
        locale={{ emptyText: t('users.noRoles') }}
        columns={[
          { title: t('users.role'), dataIndex: 'role', render: (role: RoleName) => t(`roles.${role}`) },
          {
            title: t('users.member'),
            dataIndex: 'memberCode',
            render: (code: string | null) => {
              const member = code ? reference?.memberByCode.get(code) : undefined;
              return code ? (member ? memberName(member, locale) : code) : t('users.wholeRegion');
            },
          },
          {
            title: t('users.body'),
            dataIndex: 'bodyCode',
            render: (code: string | null) => {
              const body = code ? reference?.bodyByCode.get(code) : undefined;
              return code ? (body ? bodyName(body, locale) : code) : '—';
            },
          },
          { title: t('users.grantedAt'), dataIndex: 'grantedAt', render: (iso: string) => formatDateTime(iso, timeZone) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_, grant) => (
              <Popconfirm
                title={t('users.detail.revokeConfirm', { role: t(`roles.${grant.role}`) })}
                okText={t('users.detail.revoke')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => revoke(grant.id)}
              >
                <Button type="link" danger size="small" data-testid="role-revoke">
                  {t('users.detail.revoke')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Typography.Text strong style={{ display: 'block', margin: '16px 0 8px' }}>
        {t('users.detail.grantTitle')}
      </Typography.Text>
      <ErrorAlert error={error} testId="role-grant-error" />
      <Form<GrantValues> form={form} layout="vertical" onFinish={(values) => void grant(values)}>
        <Flex gap={8} wrap align="flex-end">
          <RoleFields form={form} prefix={[]} />
          <Form.Item style={{ marginBottom: 12 }}>
            <Button htmlType="submit" loading={granting} data-testid="role-grant">
              {t('users.detail.grant')}
            </Button>
          </Form.Item>
        </Flex>
      </Form>
    </Card>
  );
}
