import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgreementParty, AgreementStatus } from '../../api/types.ts';
import { useWorkNames } from '../tasks/MemberTags.tsx';

export const AGREEMENT_STATUS_COLOURS: Record<AgreementStatus, string> = {
  draft: 'default',
  signed: 'blue',
  in_force: 'success',
  expired: 'warning',
  terminated: 'error',
};

export function AgreementStatusTag({ status, testId }: { status: AgreementStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={AGREEMENT_STATUS_COLOURS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`agreements.status.${status}`)}
    </Tag>
  );
}

/** The parties of an agreement: members (blue) and bodies, each tag carrying `data-party` = its code. */
export function PartyTags({ parties, testId }: { parties: AgreementParty[]; testId?: string }) {
  const { member, body } = useWorkNames();
  return (
    <Space size={[4, 4]} wrap data-testid={testId} data-parties={parties.map((p) => p.memberCode ?? p.bodyCode ?? '').join(',')}>
      {parties.map((p) => (
        <Tag key={p.memberCode ?? `body:${p.bodyCode}`} color={p.memberCode ? 'geekblue' : undefined} data-party={p.memberCode ?? p.bodyCode ?? ''} style={{ marginInlineEnd: 0 }}>
          {p.memberCode ? member(p.memberCode) : body(p.bodyCode)}
        </Tag>
      ))}
    </Space>
  );
}
