/** Members by code, named in the current language (codes identify, names display). */
import { Space, Tag } from 'antd';
import { useCallback } from 'react';
import { useLocale } from '../../i18n/useLocale.ts';
import { bodyName, memberShortName } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';

export function useWorkNames() {
  const locale = useLocale();
  const { reference } = useReference();
  const member = useCallback(
    (code: string | null | undefined) => {
      if (!code) return '—';
      const found = reference?.memberByCode.get(code);
      return found ? memberShortName(found, locale) : code;
    },
    [reference, locale],
  );
  const body = useCallback(
    (code: string | null | undefined) => {
      if (!code) return '—';
      const found = reference?.bodyByCode.get(code);
      return found ? bodyName(found, locale) : code;
    },
    [reference, locale],
  );
  return { member, body, reference, locale };
}

export function MemberTags({ codes, lead }: { codes: string[]; lead?: boolean }) {
  const { member } = useWorkNames();
  if (codes.length === 0) return <>—</>;
  return (
    <Space size={[4, 4]} wrap>
      {codes.map((code) => (
        <Tag key={code} color={lead ? 'geekblue' : undefined} style={{ marginInlineEnd: 0 }}>
          {member(code)}
        </Tag>
      ))}
    </Space>
  );
}
