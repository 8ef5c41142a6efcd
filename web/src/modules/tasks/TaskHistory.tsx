/**
 * The task's audit history: every change to the task, its shares, milestones,
 * reports and flags, newest first, with who, when and what changed. The raw
 * summary stays one click away for anyone who needs the exact record.
 */
import { Button, Flex, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useCursorList } from '../../api/hooks.ts';
import type { AuditEvent } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { useWorkNames } from './MemberTags.tsx';
import { tasksApi } from './tasksApi.ts';
import { NameWithId } from '../../shell/NameWithId.tsx';

const STATUS_FIELDS = new Set(['status', 'severity']);
const MEMBER_FIELDS = new Set(['memberCode', 'leadMemberCode', 'lead_member_code', 'participants']);

type Namer = (code: string) => string;

function show(value: unknown, t: TFunction, field: string | undefined, member: Namer): string {
  if (value === null || value === undefined || value === '') return '—';
  // Members by name (codes identify, names display).
  if (field && MEMBER_FIELDS.has(field)) {
    if (typeof value === 'string') return member(value);
    if (Array.isArray(value)) return value.map((v) => member(String(v))).join('、') || '—';
  }
  // Status values read as words ("on track"), not codes.
  if (typeof value === 'string' && field && STATUS_FIELDS.has(field)) return t(`work.${field}.${value}`, { defaultValue: value });
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** "changes: {status: {from, to}}" as readable lines; other summaries as key: value. */
function SummaryLines({ summary }: { summary: Record<string, unknown> }) {
  const { t } = useTranslation();
  const { member } = useWorkNames();
  const lines: string[] = [];
  const changes = summary.changes as Record<string, { from: unknown; to: unknown }> | undefined;
  if (changes && typeof changes === 'object') {
    for (const [field, change] of Object.entries(changes)) {
      lines.push(`${t(`history.fields.${field}`, { defaultValue: field })}: ${show(change?.from, t, field, member)} → ${show(change?.to, t, field, member)}`);
    }
  }
  for (const [key, value] of Object.entries(summary)) {
    if (key === 'changes' || key.endsWith('Id') || key === 'rollup' || key === 'share') continue;
    lines.push(`${t(`history.fields.${key}`, { defaultValue: key })}: ${show(value, t, key, member)}`);
  }
  const rollup = summary.rollup as { status?: string; progress?: number } | undefined | null;
  if (rollup?.status) lines.push(t('history.rollup', { status: t(`work.status.${rollup.status}`), progress: rollup.progress ?? 0 }));
  return (
    <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 4, expandable: 'collapsible' }}>
      {lines.join('\n') || '—'}
    </Typography.Paragraph>
  );
}

export function TaskHistory({ taskId, timeZone }: { taskId: string; timeZone: string }) {
  const { t } = useTranslation();
  const list = useCursorList((cursor, signal) => tasksApi.history(taskId, cursor, signal), taskId);
  return (
    <div data-testid="task-history">
      <ErrorAlert error={list.error} />
      <Table<AuditEvent>
        rowKey="seq"
        size="small"
        loading={list.loading}
        pagination={false}
        dataSource={list.items}
        columns={[
          { title: t('history.when'), dataIndex: 'occurredAt', width: 170, render: (iso: string) => formatDateTime(iso, timeZone) },
          { title: t('history.who'), key: 'who', width: 130, render: (_, e) => <NameWithId name={e.actorDisplayName} id={e.actorUsername} fallback={t('history.system')} /> },
          {
            title: t('history.what'),
            dataIndex: 'action',
            width: 200,
            render: (action: string) => (
              <span data-testid="history-action" data-action={action}>
                {t(`audit.actions.${action}`, { defaultValue: action })}
              </span>
            ),
          },
          { title: t('history.details'), dataIndex: 'summary', render: (summary: Record<string, unknown>) => <SummaryLines summary={summary} /> },
        ]}
      />
      {list.hasMore && (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button onClick={list.loadMore} loading={list.loadingMore} data-testid="history-load-more">
            {t('common.loadMore')}
          </Button>
        </Flex>
      )}
    </div>
  );
}
