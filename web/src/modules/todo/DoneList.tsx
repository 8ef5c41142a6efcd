/** 已办 / Done: what the user acted on, newest first (from the audit trail), each opening its record. */
import { Empty, List, Space, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCursorList } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime, textOf } from '../../shell/format.ts';
import { LoadMoreFooter } from '../../shell/LoadMoreFooter.tsx';
import { todoApi, type DoneItem } from './todoApi.ts';

/** "meeting.minutes.approve" → "meeting_minutes_approve": i18next reads dots as nesting. */
const actionKey = (action: string) => `todo.action.${action.replaceAll('.', '_')}`;

export function DoneList({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fetchPage = useCallback((cursor: string | null, signal: AbortSignal) => todoApi.done(cursor, signal), []);
  const list = useCursorList(fetchPage, 'todo-done');
  return (
    <>
      <ErrorAlert error={list.error} />
      <List<DoneItem>
        data-testid="done-list"
        loading={list.loading}
        dataSource={list.items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('todo.doneEmpty')} /> }}
        renderItem={(item) => {
          const title = item.titleZh !== null ? textOf(item.titleZh, item.titleEn ?? '', locale) : t('todo.untitled');
          const label = (
            <>
              {item.code && <Typography.Text strong>{item.code} </Typography.Text>}
              {title}
            </>
          );
          return (
            <List.Item key={item.id} data-testid="done-item" data-action={item.action}>
              <Space size={[8, 4]} wrap>
                <Tag style={{ marginInlineEnd: 0 }}>{t(actionKey(item.action), { defaultValue: item.action })}</Tag>
                {item.link ? <Link to={item.link}>{label}</Link> : <span>{label}</span>}
                {item.period && <Typography.Text type="secondary">{item.period}</Typography.Text>}
                <Typography.Text type="secondary">{formatDateTime(item.at, timeZone)}</Typography.Text>
              </Space>
            </List.Item>
          );
        }}
      />
      <LoadMoreFooter list={list} testId="done-more" />
    </>
  );
}
