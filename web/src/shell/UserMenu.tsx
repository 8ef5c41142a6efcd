import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser, useSession } from '../modules/auth/session.tsx';
import { DemoTag } from './DemoTag.tsx';
import { errorMessage } from './errors.ts';

/** `compact` (phones): the avatar alone, the name still read out through the button's label. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { logout } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const signOut = async () => {
    try {
      await logout();
    } catch (error) {
      void message.warning(errorMessage(error, t));
    }
    navigate('/login', { replace: true });
  };

  return (
    <Space size={8}>
      {user.isDemo && <DemoTag />}
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'account', icon: <UserOutlined />, label: <span data-testid="nav-account">{t('nav.account')}</span> },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('header.signOut')}</span> },
          ],
          onClick: ({ key }) => {
            if (key === 'account') navigate('/account');
            if (key === 'logout') void signOut();
          },
        }}
      >
        <Button type="text" data-testid="user-menu" aria-label={compact ? t('header.userMenu', { name: user.displayName }) : undefined}>
          <Space size={8}>
            <Avatar size="small" icon={<UserOutlined />} />
            {!compact && <span>{user.displayName}</span>}
            {!compact && <DownOutlined style={{ fontSize: 10 }} />}
          </Space>
        </Button>
      </Dropdown>
    </Space>
  );
}
