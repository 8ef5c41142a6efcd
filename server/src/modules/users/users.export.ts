/**
 * The user list as .xlsx for administrators (issue 17, item 3): the same
 * filters and order as GET /api/v1/users, every page, with each account's
 * roles; bilingual headers and an About sheet. Never a password or its hash.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { RoleName, UserStatus } from '../../db/schema.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { recordAuditEvent } from '../audit/audit.usecases.ts';
import { writeListExport, type ListColumn } from '../excel/excel.list-export.ts';
import { cursorBatches, exportedByOf, filtersOf, inSnapshot } from '../excel/excel.list-reply.ts';
import { listUsers } from './users.usecases.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

type UserRow = Awaited<ReturnType<typeof listUsers>>['items'][number];
export type UserFilter = { q?: string; role?: RoleName; memberCode?: string; status?: UserStatus };

const STATUS = { active: '启用 Active', disabled: '停用 Disabled' } as const;

/** "liaison:320000; editor:320000:JS-DRC" — the notation the user import reads. */
const rolesOf = (user: UserRow) =>
  user.roles.map((r) => [r.role, r.member_code, r.body_code].filter((part) => part !== null && part !== undefined && part !== '').join(':')).join('; ');

export const USER_EXPORT_COLUMNS: ListColumn<UserRow>[] = [
  { zh: '用户名', en: 'Username', width: 20, value: (u) => u.username },
  { zh: '显示名', en: 'Display name', width: 20, value: (u) => u.display_name },
  { zh: '电子邮箱', en: 'E-mail', width: 28, value: (u) => u.email },
  { zh: '语言', en: 'Language', width: 8, value: (u) => u.locale },
  { zh: '状态', en: 'Status', width: 14, value: (u) => STATUS[u.status] },
  { zh: '角色', en: 'Roles', width: 36, value: rolesOf },
  { zh: '须改密码', en: 'Must change password', width: 10, value: (u) => (u.must_change_password ? '是 yes' : '') },
  { zh: '演示账号', en: 'Demo', width: 8, value: (u) => (u.is_demo ? '是 yes' : '') },
  { zh: '最近登录', en: 'Last sign-in', width: 18, kind: 'datetime', value: (u) => u.last_login_at },
  { zh: '创建时间', en: 'Created', width: 18, kind: 'datetime', value: (u) => u.created_at },
];

export async function exportUsers(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor; principal: Principal }, filter: UserFilter) {
  const now = deps.clock.now();
  const filters = filtersOf({ ...filter });
  const result = await inSnapshot(deps.db, (db) =>
    writeListExport(
      { sheetZh: '用户', sheetEn: 'Users', exportedBy: exportedByOf(deps.principal), exportedAt: now, filters, source: '/api/v1/users/export.xlsx' },
      USER_EXPORT_COLUMNS,
      cursorBatches((cursor, limit) => listUsers({ ...deps, db }, { ...filter, cursor, limit })),
    ),
  );
  await recordAuditEvent(deps, { action: 'user.export', objectType: 'user', summary: { filters, rows: result.count, truncated: result.truncated } });
  return { ...result, date: calendarDateIn(now, await regionTimeZone(deps.db)) };
}
