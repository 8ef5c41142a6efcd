import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleGrant } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { bodyName, memberShortName } from './labels.ts';
import { useReference } from './reference.ts';

/** A user's roles as tags: "联络员 · 江苏省"; the body, if any, in the tooltip. Codes show until names load. */
export function RoleTags({ roles }: { roles: readonly RoleGrant[] }) {
  const { t } = useTranslation();
  const { reference } = useReference();
  const locale = useLocale();
  if (roles.length === 0) return <span style={{ color: '#8c8c8c' }}>{t('users.noRoles')}</span>;
  return (
    <Space size={[4, 4]} wrap>
      {roles.map((grant) => {
        const member = grant.memberCode ? reference?.memberByCode.get(grant.memberCode) : undefined;
        const body = grant.bodyCode ? reference?.bodyByCode.get(grant.bodyCode) : undefined;
        const scope = grant.memberCode ? ` · ${member ? memberShortName(member, locale) : grant.memberCode}` : '';
        const tag = (
          <Tag key={grant.id} color={grant.role === 'admin' ? 'geekblue' : undefined} style={{ marginInlineEnd: 0 }}>
            {t(`roles.${grant.role}`)}
            {scope}
          </Tag>
        );
        return grant.bodyCode ? (
          <Tooltip key={grant.id} title={body ? bodyName(body, locale) : grant.bodyCode}>
            {tag}
          </Tooltip>
        ) : (
          tag
        );
      })}
    </Space>
  );
}
