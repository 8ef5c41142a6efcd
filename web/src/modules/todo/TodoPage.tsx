/**
 * 待办 / To do: what needs the signed-in user's action now, most urgent first
 * (the server orders it: the earliest due date, else the longest wait), each
 * item opening the exact place (the report inside its task, the minutes
 * version, the matter). The Office reviews reports here in a side panel and
 * accepts several at once. 已办 / Done lists what the user acted on. It is the
 * home page of member and Office users (`home`: with the welcome line).
 */
import { CheckOutlined, ClockCircleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Empty, Flex, List, Popconfirm, Space, Tabs, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useCursorList } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { LoadMoreFooter } from '../../shell/LoadMoreFooter.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { useCurrentUser } from '../auth/session.tsx';
import { useReference } from '../region/reference.ts';
import { reportsApi } from '../reports/reportsApi.ts';
import { titleOf } from '../tasks/labels.ts';
import { useWorkNames } from '../tasks/MemberTags.tsx';
import { DoneList } from './DoneList.tsx';
import { ReviewDrawer } from './ReviewDrawer.tsx';
import { TODO_KINDS, todoApi, type TodoItem, type TodoKind, type TodoPage as Queue } from './todoApi.ts';
import { refreshTodoCount, setTodoCount } from './todoCount.ts';

const KIND_COLOUR: Record<TodoKind, string> = {
  report_due: 'blue',
  report_returned: 'orange',
  report_review: 'geekblue',
  minutes_approve: 'purple',
  minutes_finalise: 'cyan',
  matter_overdue: 'red',
  flag: 'volcano',
};

function isKind(value: string | null): value is TodoKind {
  return value !== null && (TODO_KINDS as readonly string[]).includes(value);
}

/** One line of the queue: what, for which record, due when; the Office's reports also select and review. */
function TodoRow({ item, selectable, selected, onSelect, onReview }: { item: TodoItem; selectable: boolean; selected: boolean; onSelect: (on: boolean) => void; onReview: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { member } = useWorkNames();
  const what = [item.memberCode && member(item.memberCode), item.period, item.revision !== null && item.kind.startsWith('minutes') ? t('todo.minutesRevision', { n: item.revision }) : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <List.Item
      data-testid="todo-item"
      data-kind={item.kind}
      data-report-id={item.reportId ?? undefined}
      actions={[
        item.kind === 'report_review' ? (
          <Button key="review" size="small" type="primary" icon={<EyeOutlined />} onClick={onReview} data-testid="todo-review">
            {t('todo.review.button')}
          </Button>
        ) : (
          <Link key="open" to={item.link} data-testid="todo-open">
            {t('todo.open')}
          </Link>
        ),
      ]}
    >
      <Flex gap={10} align="flex-start" style={{ minWidth: 0, width: '100%' }}>
        {selectable && <Checkbox checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={t('todo.select', { code: item.code ?? '' })} data-testid="todo-select" />}
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Space size={6} wrap>
            <Tag color={KIND_COLOUR[item.kind]} style={{ marginInlineEnd: 0 }}>
              {t(`todo.kind.${item.kind}`)}
            </Tag>
            {item.kind === 'flag' && item.severity && <Tag color={item.severity === 'red' ? 'error' : 'warning'}>{t(`work.severity.${item.severity}`, { defaultValue: item.severity })}</Tag>}
            <Link to={item.link} data-testid="todo-link">
              {item.code && <Typography.Text strong>{item.code} </Typography.Text>}
              {titleOf(item, locale)}
            </Link>
          </Space>
          <Space size={12} wrap>
            {what && <Typography.Text type="secondary">{what}</Typography.Text>}
            {item.dueDate ? (
              <Typography.Text type={item.overdue ? 'danger' : 'secondary'} data-testid="todo-due" data-overdue={item.overdue}>
                <ClockCircleOutlined /> {item.overdue ? t('todo.overdueSince', { date: item.dueDate }) : t('todo.dueOn', { date: item.dueDate })}
              </Typography.Text>
            ) : (
              item.overdue && <Tag color="error">{t('todo.overdue')}</Tag>
            )}
          </Space>
        </Flex>
      </Flex>
    </List.Item>
  );
}

function Queue({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : undefined;
  const [queue, setQueue] = useState<Pick<Queue, 'counts' | 'total' | 'capped'> | null>(null);
  const [tick, setTick] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reviewing, setReviewing] = useState<number | null>(null);
  const [batchError, setBatchError] = useState<unknown>(undefined);
  const [accepting, setAccepting] = useState(false);

  const fetchPage = useCallback(
    async (cursor: string | null, signal: AbortSignal) => {
      const page = await todoApi.queue({ kind, cursor }, signal);
      setQueue({ counts: page.counts, total: page.total, capped: page.capped });
      setTodoCount({ total: page.total, capped: page.capped });
      return page;
    },
    [kind],
  );
  const list = useCursorList(fetchPage, `todo:${kind ?? 'all'}:${tick}`);
  const reviews = useMemo(() => list.items.filter((i) => i.kind === 'report_review' && i.reportId), [list.items]);
  const reload = () => {
    setSelected(new Set());
    setTick((n) => n + 1);
    void refreshTodoCount();
  };

  const setKind = (next: TodoKind | undefined) => {
    setSelected(new Set());
    setParams((p) => {
      const copy = new URLSearchParams(p);
      if (next) copy.set('kind', next);
      else copy.delete('kind');
      return copy;
    });
  };

  const acceptSelected = async () => {
    setAccepting(true);
    setBatchError(undefined);
    try {
      // Each item names the version it was read at: a report changed meanwhile refuses the batch (409), naming it.
      const reports = await Promise.all([...selected].map((id) => reportsApi.get(id)));
      const result = await todoApi.reviewBatch(reports.map((r) => ({ id: r.id, decision: 'accept', version: r.version })));
      void message.success(t('todo.batch.accepted', { count: result.items.length }));
      reload();
    } catch (failure) {
      setBatchError(failure);
    } finally {
      setAccepting(false);
    }
  };

  const kinds = TODO_KINDS.filter((k) => (queue?.counts[k] ?? 0) > 0 || k === kind);
  const allSelected = reviews.length > 0 && reviews.every((r) => selected.has(r.reportId ?? ''));
  return (
    <Flex vertical gap={12}>
      <Space size={[6, 6]} wrap data-testid="todo-kinds" role="group" aria-label={t('todo.filterLabel')}>
        <Tag.CheckableTag checked={!kind} onChange={() => setKind(undefined)} data-testid="todo-kind-all">
          {t('todo.all')} {queue ? `(${queue.capped ? `${queue.total}+` : queue.total})` : ''}
        </Tag.CheckableTag>
        {kinds.map((k) => (
          <Tag.CheckableTag key={k} checked={kind === k} onChange={() => setKind(k)} data-testid={`todo-kind-${k}`} data-count={queue?.counts[k] ?? 0}>
            {t(`todo.kind.${k}`)} ({queue?.counts[k] ?? 0})
          </Tag.CheckableTag>
        ))}
      </Space>
      {reviews.length > 0 && (
        <Flex gap={8} align="center" wrap data-testid="todo-batch">
          <Checkbox
            checked={allSelected}
            indeterminate={selected.size > 0 && !allSelected}
            onChange={(e) => setSelected(e.target.checked ? new Set(reviews.map((r) => r.reportId ?? '')) : new Set())}
            data-testid="todo-select-all"
          >
            {t('todo.batch.selectAll', { count: reviews.length })}
          </Checkbox>
          <Popconfirm title={t('todo.batch.confirm', { count: selected.size })} onConfirm={() => void acceptSelected()} disabled={selected.size === 0} okButtonProps={{ 'data-testid': 'todo-accept-confirm' }}>
            <Button type="primary" icon={<CheckOutlined />} disabled={selected.size === 0} loading={accepting} data-testid="todo-accept-selected">
              {t('todo.batch.accept', { count: selected.size })}
            </Button>
          </Popconfirm>
          <Typography.Text type="secondary">{t('todo.batch.returnHint')}</Typography.Text>
        </Flex>
      )}
      <ErrorAlert error={batchError} testId="todo-batch-error" />
      <ErrorAlert error={list.error} />
      <List<TodoItem>
        data-testid="todo-list"
        loading={list.loading}
        dataSource={list.items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('todo.empty')} /> }}
        renderItem={(item) => {
          const reportId = item.reportId ?? '';
          const reviewIndex = reviews.findIndex((r) => r.key === item.key);
          return (
            <TodoRow
              key={item.key}
              item={item}
              selectable={item.kind === 'report_review' && reportId !== ''}
              selected={selected.has(reportId)}
              onSelect={(on) =>
                setSelected((previous) => {
                  const next = new Set(previous);
                  if (on) next.add(reportId);
                  else next.delete(reportId);
                  return next;
                })
              }
              onReview={() => setReviewing(reviewIndex)}
            />
          );
        }}
      />
      {kind && <LoadMoreFooter list={list} testId="todo-more" />}
      <ReviewDrawer
        items={reviews}
        index={reviewing}
        timeZone={timeZone}
        onIndex={setReviewing}
        onReviewed={(reportId) => {
          // The next report takes this one's place in the list once it reloads; stay at the same position.
          setSelected((previous) => {
            const next = new Set(previous);
            next.delete(reportId);
            return next;
          });
          const remaining = reviews.length - 1;
          setReviewing((i) => (i === null || remaining <= 0 ? null : Math.min(i, remaining - 1)));
          setTick((n) => n + 1);
          void refreshTodoCount();
        }}
      />
    </Flex>
  );
}

export default function TodoPage({ home = false }: { home?: boolean }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { timeZone } = useReference();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'done' ? 'done' : 'todo';
  return (
    <div data-testid="todo-page">
      <PageHeader
        title={<span data-testid="todo-title">{t('todo.title')}</span>}
        description={home ? <span data-testid="home-welcome">{t('todo.welcome', { name: user.displayName })}</span> : t('todo.description')}
      />
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams((p) => {
            const copy = new URLSearchParams();
            if (key === 'done') copy.set('tab', 'done');
            else if (p.get('kind')) copy.set('kind', p.get('kind') ?? '');
            return copy;
          })
        }
        items={[
          { key: 'todo', label: <span data-testid="todo-tab">{t('todo.tabTodo')}</span>, children: tab === 'todo' ? <Queue timeZone={timeZone} /> : null },
          { key: 'done', label: <span data-testid="done-tab">{t('todo.tabDone')}</span>, children: tab === 'done' ? <DoneList timeZone={timeZone} /> : null },
        ]}
      />
    </div>
  );
}
