import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The header's inbox button with the unread badge. */
export function InboxBell({ unread }: { unread: number }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('inbox.unreadTitle', { count: unread })}>
      <Link to="/inbox" data-testid="header-inbox" data-unread={unread} aria-label={t('inbox.unreadTitle', { count: unread })}>
        <Badge count={unread} size="small" overflowCount={99}>
          <Button type="text" icon={<BellOutlined />} />
        </Badge>
      </Link>
    </Tooltip>
  );
}
