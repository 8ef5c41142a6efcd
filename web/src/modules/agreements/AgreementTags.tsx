import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../../api/types.ts';

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
