import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';

/** A date field that must not be earlier (by calendar day) than the date in `startField`; empty dates pass. */
export function notBeforeDateIn(startField: string, message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_, value: Dayjs | null) => {
      const start = getFieldValue(startField) as Dayjs | null;
      return value && start && value.isBefore(start, 'day') ? Promise.reject(new Error(message)) : Promise.resolve();
    },
  });
}
