import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanKind, PlanStatus } from '../../api/types.ts';

const STATUS_COLOURS: Record<PlanStatus, string> = {
  draft: 'default',
  adopted_in_principle: 'cyan',
  adopted: 'blue',
  in_force: 'green',
  closed: 'purple',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`plans.status.${status}`)}
    </Tag>
  );
}

export function PlanKindTag({ kind }: { kind: PlanKind }) {
  const { t } = useTranslation();
  return <Tag style={{ marginInlineEnd: 0 }}>{t(`plans.kind.${kind}`)}</Tag>;
}
