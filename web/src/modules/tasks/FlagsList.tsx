/** Open supervision flags of a task: what is wrong, whose share, since when, how far it has been escalated. */
import { Alert, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskFlag } from '../../api/types.ts';
import { formatDateTime } from '../../shell/format.ts';
import { useWorkNames } from './MemberTags.tsx';
import { SeverityTag } from './WorkTags.tsx';
import { PrintButton } from '../printing/PrintButton.tsx';

export function FlagsList({ flags, timeZone }: { flags: TaskFlag[]; timeZone: string }) {
  const { t } = useTranslation();
  const { member } = useWorkNames();
  if (flags.length === 0) return null;
  const red = flags.some((f) => f.severity === 'red');
  return (
    <Alert
      type={red ? 'error' : 'warning'}
      showIcon
      data-testid="task-flags"
      title={t('flags.title', { count: flags.length })}
      description={
        <Flex vertical gap={4}>
          {flags.map((flag) => (
            <Space key={flag.id} size={8} wrap data-testid="task-flag" data-severity={flag.severity} data-flag-id={flag.id}>
              <SeverityTag severity={flag.severity} />
              <Typography.Text strong>{t(`flags.kinds.${flag.kind}`, { defaultValue: flag.kind })}</Typography.Text>
              {flag.memberCode && <span>{member(flag.memberCode)}</span>}
              {flag.period && <Typography.Text type="secondary">{t('flags.period', { period: flag.period })}</Typography.Text>}
              <Typography.Text type="secondary">{t('flags.raisedAt', { time: formatDateTime(flag.raisedAt, timeZone) })}</Typography.Text>
              <Typography.Text type="secondary">{t(`flags.levels.${Math.min(flag.escalationLevel, 2)}`)}</Typography.Text>
              <PrintButton kind="supervision-sheet" params={{ flagId: flag.id }} label={t('printing.supervisionSheet')} />
            </Space>
          ))}
        </Flex>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
