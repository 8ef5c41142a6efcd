import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../../api/types.ts';

export function UserStatusTag({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  return <Tag color={status === 'active' ? 'green' : 'default'}>{t(`users.status.${status}`)}</Tag>;
}
