/**
 * The to-do count on the menu badge. One poll for the whole app: every
 * minute while the tab is visible, when the window regains focus, on each
 * navigation, and at once after the user acted from the queue. Shared through
 * a tiny store (as the inbox's unread count).
 */
import { useEffect, useSyncExternalStore } from 'react';
import { todoApi } from './todoApi.ts';

const POLL_MS = 60_000;
interface Count {
  total: number;
  capped: boolean;
}
let count: Count = { total: 0, capped: false };
const listeners = new Set<() => void>();

export function setTodoCount(next: Count): void {
  if (next.total === count.total && next.capped === count.capped) return;
  count = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let inFlight: Promise<void> | null = null;

export function refreshTodoCount(): Promise<void> {
  // The queue answers its counts with its first item: one row is enough for the badge.
  inFlight ??= todoApi
    .queue({ limit: 1 })
    .then((page) => setTodoCount({ total: page.total, capped: page.capped }), () => undefined) // a failed poll keeps the last count
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/** The count, polled while `enabled` (users with a queue); `trigger` (the path) refreshes it when it changes. */
export function useTodoCount(trigger: string, enabled: boolean): Count {
  useEffect(() => {
    if (enabled) void refreshTodoCount();
  }, [trigger, enabled]);
  useEffect(() => {
    if (!enabled) return undefined;
    const refresh = () => {
      if (document.visibilityState === 'visible') void refreshTodoCount();
    };
    const timer = window.setInterval(refresh, POLL_MS);
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [enabled]);
  return useSyncExternalStore(subscribe, () => count);
}
