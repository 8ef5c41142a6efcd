/**
 * A role granted or revoked is announced to the account holder (never to the
 * administrator who did it), linking to their account page. The role is named
 * with its scope: the member and, for an editor tied to one, the body.
 */
import type { RoleName } from '../../db/schema.ts';
import type { Locale } from '../../i18n/messages.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import { announce, type NoticeDeps } from '../notifications/handoffs.ts';
import { findBody, findMember } from '../region/region.repository.ts';

const ROLE_NAMES: Record<RoleName, Record<Locale, string>> = {
  admin: { 'zh-CN': '系统管理员', en: 'administrator' },
  office: { 'zh-CN': '区域合作办公室', en: 'Regional Cooperation Office' },
  liaison: { 'zh-CN': '成员方联络员', en: 'member liaison' },
  editor: { 'zh-CN': '部门编辑', en: 'department editor' },
  observer: { 'zh-CN': '观察员', en: 'observer' },
};

export async function announceRole(
  trx: Trx,
  deps: NoticeDeps,
  kind: 'users.role_granted' | 'users.role_revoked',
  userId: string,
  grant: { id: string; role: RoleName; memberCode: string | null; bodyCode: string | null },
): Promise<string[]> {
  const member = grant.memberCode ? await findMember(trx, grant.memberCode) : undefined;
  const body = grant.bodyCode ? await findBody(trx, grant.bodyCode) : undefined;
  const label = (locale: Locale) => {
    const en = locale === 'en';
    const scope = [member ? (en ? member.name_en : member.name_zh) : null, body ? (en ? body.name_en || body.name_zh : body.name_zh) : null].filter(Boolean);
    return scope.length ? `${ROLE_NAMES[grant.role][locale]}${en ? ` (${scope.join(', ')})` : `（${scope.join('，')}）`}` : ROLE_NAMES[grant.role][locale];
  };
  return announce(trx, deps, {
    kind,
    record: { type: 'user', id: userId },
    audience: { users: [userId] },
    event: grant.id,
    link: '/account',
    params: { 'zh-CN': { role: label('zh-CN') }, en: { role: label('en') } },
  });
}
