/** Small, consistent markers of work: status, progress, flags, priority. Colours mean the same everywhere. */
import { FlagFilled } from '@ant-design/icons';
import { Flex, Progress, Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Priority, ReviewState, Severity, WorkStatus } from '../../api/types.ts';

export const STATUS_COLOURS: Record<WorkStatus, string> = {
  not_started: 'default',
  on_track: 'processing',
  at_risk: 'warning',
  delayed: 'error',
  completed: 'success',
};

/** Progress bar strokes that match the status tag. */
const STROKES: Record<WorkStatus, string> = {
  not_started: '#bfbfbf',
  on_track: '#1f4e8c',
  at_risk: '#d48806',
  delayed: '#cf1322',
  completed: '#389e0d',
};

export const SEVERITY_COLOURS: Record<Severity, string> = { red: '#cf1322', yellow: '#d48806' };

export function WorkStatusTag({ status }: { status: WorkStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`work.status.${status}`)}
    </Tag>
  );
}

export function ProgressCell({ percent, status, width = 120 }: { percent: number; status: WorkStatus; width?: number }) {
  const { t } = useTranslation();
  return (
    <div style={{ width }}>
      <Progress
        percent={Math.round(percent * 10) / 10}
        size="small"
        strokeColor={STROKES[status]}
        format={(p) => `${p ?? 0}%`}
        aria-label={t('common.progress')}
      />
    </div>
  );
}

/** Red/yellow counts as flag badges; nothing when there are none. */
export function FlagBadges({ red, yellow }: { red: number; yellow: number }) {
  const { t } = useTranslation();
  if (red === 0 && yellow === 0) return null;
  return (
    <Space size={4}>
      {red > 0 && (
        <Tooltip title={t('work.flags.redCount', { count: red })}>
          <Tag color="error" icon={<FlagFilled />} data-testid="flag-red" style={{ marginInlineEnd: 0 }}>
            {red}
          </Tag>
        </Tooltip>
      )}
      {yellow > 0 && (
        <Tooltip title={t('work.flags.yellowCount', { count: yellow })}>
          <Tag color="warning" icon={<FlagFilled />} data-testid="flag-yellow" style={{ marginInlineEnd: 0 }}>
            {yellow}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Tag color={severity === 'red' ? 'error' : 'warning'} icon={<FlagFilled />} style={{ marginInlineEnd: 0 }}>
      {t(`work.severity.${severity}`)}
    </Tag>
  );
}

export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  const colour = priority === 'high' ? 'volcano' : priority === 'low' ? 'default' : 'blue';
  return (
    <Tag color={colour} style={{ marginInlineEnd: 0 }}>
      {t(`work.priority.${priority}`)}
    </Tag>
  );
}

const REVIEW_COLOURS: Record<ReviewState, string> = { submitted: 'processing', accepted: 'success', returned: 'warning', superseded: 'default' };

export function ReviewStateTag({ state }: { state: ReviewState }) {
  const { t } = useTranslation();
  return (
    <Tag color={REVIEW_COLOURS[state]} style={{ marginInlineEnd: 0 }}>
      {t(`reports.state.${state}`)}
    </Tag>
  );
}

/** Status and progress side by side, the way every list shows them. */
export function StatusProgress({ status, percent }: { status: WorkStatus; percent: number }) {
  return (
    <Flex gap={8} align="center">
      <WorkStatusTag status={status} />
      <ProgressCell percent={percent} status={status} width={110} />
    </Flex>
  );
}
