/**
 * Percent and status tell the same story (issue 12; the server checks it too,
 * tasks.progress.ts, and names the field): 100 % ⇔ completed, and work above
 * 0 % has started. As antd rules for a form with `percent` and `status` fields
 * (each item lists the other in `dependencies`, so fixing one clears both).
 */
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

export function progressRules(t: TFunction) {
  const percent: FormRule = ({ getFieldValue }) => ({
    validator: async (_, value: number | null | undefined) => {
      if (getFieldValue('status') === 'completed' && typeof value === 'number' && value !== 100) throw new Error(t('todo.progress.completedNotFull'));
    },
  });
  const status: FormRule = ({ getFieldValue }) => ({
    validator: async (_, value: string | undefined) => {
      const p = getFieldValue('percent') as number | null | undefined;
      if (typeof p !== 'number' || !value) return;
      if (p === 100 && value !== 'completed') throw new Error(t('todo.progress.fullNotCompleted'));
      if (p > 0 && value === 'not_started') throw new Error(t('todo.progress.startedNotStarted'));
    },
  });
  return { percent, status };
}
