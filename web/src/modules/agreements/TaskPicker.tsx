/**
 * Choosing the tasks that carry out a clause: a multiple select searching the
 * task list (code, Chinese and English titles) as one types. Values carry
 * their labels, so chosen tasks stay named whatever the current search.
 */
import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { titleOf } from '../tasks/labels.ts';
import { tasksApi } from '../tasks/tasksApi.ts';

export interface PickedTask {
  value: string;
  label?: React.ReactNode;
}

interface Props {
  value?: PickedTask[];
  onChange?: (value: PickedTask[]) => void;
  testId?: string;
}

export function TaskPicker({ value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<TaskListItem[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setLoading(true);
      tasksApi.list({ q: query.trim() || undefined }, null, controller.signal).then(
        (page) => {
          setOptions(page.items);
          setLoading(false);
        },
        (error: unknown) => {
          if (!(error instanceof DOMException && error.name === 'AbortError')) setLoading(false);
        },
      );
    }, 250);
    return () => {
      clearTimeout(timer.current);
      controller.abort();
    };
  }, [query]);

  return (
    <Select<PickedTask[]>
      mode="multiple"
      labelInValue
      allowClear
      value={value ?? []}
      onChange={(picked) => onChange?.(picked)}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      placeholder={t('agreements.form.taskSearch')}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      options={options.map((task) => ({ value: task.id, label: `${task.code} ${titleOf(task, locale)}` }))}
      data-testid={testId}
    />
  );
}
