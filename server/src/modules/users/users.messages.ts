import type { ModuleMessages } from '../../i18n/messages.ts';

export const usersMessages: ModuleMessages = {
  'zh-CN': {
    'users.not_found': '找不到该用户。',
    'users.username_taken': '用户名“{username}”已被使用。',
    'users.role_invalid_scope': '角色“{role}”的所属成员方设置不正确：联络员和编辑须指定一个成员方，其他角色不能指定。',
    'users.role_not_found': '找不到该角色授权。',
    'users.role_exists': '该用户已有此角色。',
    'users.last_admin': '不能移除最后一个有效的管理员。',
    'users.cannot_disable_self': '不能停用自己的账号。',
  },
  en: {
    'users.not_found': 'The user was not found.',
    'users.username_taken': 'The username "{username}" is already taken.',
    'users.role_invalid_scope':
      'Role "{role}" has the wrong member scope: liaisons and editors need exactly one member, other roles none.',
    'users.role_not_found': 'The role grant was not found.',
    'users.role_exists': 'The user already has this role.',
    'users.last_admin': 'The last active administrator cannot be removed.',
    'users.cannot_disable_self': 'You cannot disable your own account.',
  },
};
