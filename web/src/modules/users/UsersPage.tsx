/**
 * User administration (admins only): search and filter accounts, load more
 * through the cursor, create accounts, open one to edit it; sign-in locks in force.
 */
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useCursorList } from '../../api/hooks.ts';
import { ROLE_NAMES, type RoleName, type User, type UserStatus } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { LoadMoreFooter } from '../../shell/LoadMoreFooter.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { useUrlFilters } from '../../shell/urlFilters.ts';
import { ExportButton } from '../excel/ExportButton.tsx';
import { memberOptions } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { RoleTags } from '../region/RoleTags.tsx';
import { CreateUserModal } from './CreateUserModal.tsx';
import { UserImportModal } from './UserImportModal.tsx';
import { SignInLocksCard } from './SignInLocksCard.tsx';
import { UserStatusTag } from './UserStatusTag.tsx';
import { usersApi, type UserFilters } from './usersApi.ts';

const USER_FILTER_KEYS = ['q', 'role', 'memberCode', 'status'] as const;

export default function UsersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference, timeZone } = useReference();
  const [filters, setFilters] = useUrlFilters<UserFilters>(USER_FILTER_KEYS);
  const [search, setSearch] = useState(filters.q ?? '');
  const [creating, setCreating] = useState(false);
  // The home page's "import users" shortcut opens the dialog at once (?import=1).
  const location = useLocation();
  const [importing, setImporting] = useState(() => new URLSearchParams(location.search).get('import') === '1');
  const list = useCursorList((cursor, signal) => usersApi.list(filters, cursor, signal), JSON.stringify(filters));

  const setFilter = <K extends keyof UserFilters>(key: K, value: UserFilters[K] | undefined) => setFilters({ ...filters, [key]: value || undefined });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        extra={
          <>
            <ExportButton path="/api/v1/users/export.xlsx" query={filters} fileName="users.xlsx" />
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="user-import">
              {t('userImport.button')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
              {t('users.create.button')}
            </Button>
          </>
        }
      />
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="users-filters">
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            aria-label={t('users.searchPlaceholder')}
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              if (!event.target.value) setFilter('q', undefined);
            }}
            onSearch={(value) => setFilter('q', value.trim())}
            style={{ width: 260 }}
            data-testid="users-search"
          />
          <Select<RoleName>
            allowClear
            placeholder={t('users.filterRole')}
            aria-label={t('users.filterRole')}
            style={{ width: 160 }}
            value={filters.role}
            onChange={(value) => setFilter('role', value)}
            options={ROLE_NAMES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            data-testid="users-filter-role"
          />
          <Select<string>
            allowClear
            placeholder={t('users.filterMember')}
            aria-label={t('users.filterMember')}
            style={{ width: 180 }}
            value={filters.memberCode}
            onChange={(value) => setFilter('memberCode', value)}
            options={memberOptions(reference?.members ?? [], locale)}
            data-testid="users-filter-member"
          />
          <Select<UserStatus>
            allowClear
            placeholder={t('users.filterStatus')}
            aria-label={t('users.filterStatus')}
            style={{ width: 140 }}
            value={filters.status}
            onChange={(value) => setFilter('status', value)}
            options={[
              { value: 'active', label: t('users.status.active') },
              { value: 'disabled', label: t('users.status.disabled') },
            ]}
            data-testid="users-filter-status"
          />
        </Flex>
        <ErrorAlert error={list.error} />
        <Table<User>
          data-testid="users-table"
          rowKey="id"
          size="small"
          loading={list.loading}
          pagination={false}
          dataSource={list.items}
          scroll={{ x: 960 }}
          columns={[
            {
              title: t('users.username'),
              dataIndex: 'username',
              render: (username: string, user) => (
                <Space size={6}>
                  <Link to={`/admin/users/${user.id}`} data-testid="user-link">
                    {username}
                  </Link>
                  {user.isDemo && <DemoTag />}
                </Space>
              ),
            },
            { title: t('users.displayName'), dataIndex: 'displayName' },
            { title: t('users.email'), dataIndex: 'email', render: (email: string | null) => email ?? '—' },
            { title: t('users.roles'), key: 'roles', render: (_, user) => <RoleTags roles={user.roles} /> },
            {
              title: t('users.statusLabel'),
              key: 'status',
              width: 150,
              render: (_, user) => (
                <Space size={4} wrap>
                  <UserStatusTag status={user.status} />
                  {user.mustChangePassword && <Tag color="gold">{t('users.mustChangePassword')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('users.lastLogin'),
              dataIndex: 'lastLoginAt',
              width: 170,
              render: (iso: string | null) => (iso ? formatDateTime(iso, timeZone) : t('users.neverSignedIn')),
            },
          ]}
        />
        <LoadMoreFooter list={list} testId="users-load-more" />
      </Card>
      <SignInLocksCard />
      <CreateUserModal open={creating} onClose={() => setCreating(false)} onCreated={list.reload} />
      <UserImportModal open={importing} onClose={() => setImporting(false)} onImported={list.reload} />
    </>
  );
}
