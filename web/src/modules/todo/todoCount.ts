/** The to-do count on the menu badge (one shared poll: shell/polledCount.ts). */
import { polledCount } from '../../shell/polledCount.ts';
import { todoApi } from './todoApi.ts';

interface Count {
  total: number;
  capped: boolean;
}

const todo = polledCount<Count>(
  { total: 0, capped: false },
  // The queue answers its counts with its first item: one row is enough for the badge.
  async () => {
    const page = await todoApi.queue({ limit: 1 });
    return { total: page.total, capped: page.capped };
  },
  (a, b) => a.total === b.total && a.capped === b.capped,
);

export const setTodoCount = todo.set;
export const refreshTodoCount = todo.refresh;
/** Polled only for users with a queue (`enabled`). */
export const useTodoCount = (trigger: string, enabled: boolean): Count => todo.use(trigger, enabled);
