/**
 * A count shown on a menu badge (unread notices, the to-do queue): one poll
 * for the whole app — every minute while the tab is visible, when the window
 * regains focus, on each navigation — shared through a tiny store, so a page
 * that changes the count (marks read, acts from the queue) updates the badge at once.
 */
import { useEffect, useSyncExternalStore } from 'react';

const POLL_MS = 60_000;

export interface PolledCount<T> {
  set(next: T): void;
  /** Fetches now; calls in quick succession share one request, a failed poll keeps the last count. */
  refresh(): Promise<void>;
  /** The count, polled while `enabled`; `trigger` (the path) refreshes it when it changes. */
  use(trigger: string, enabled?: boolean): T;
}

export function polledCount<T>(initial: T, fetchCount: () => Promise<T>, same: (a: T, b: T) => boolean = Object.is): PolledCount<T> {
  let count = initial;
  let inFlight: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  const set = (next: T) => {
    if (same(next, count)) return;
    count = next;
    for (const listener of listeners) listener();
  };

  const refresh = (): Promise<void> => {
    inFlight ??= fetchCount()
      .then(set, () => undefined)
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };

  const use = (trigger: string, enabled = true): T => {
    useEffect(() => {
      if (enabled) void refresh();
    }, [trigger, enabled]);
    useEffect(() => {
      if (!enabled) return undefined;
      const poll = () => {
        if (document.visibilityState === 'visible') void refresh();
      };
      const timer = window.setInterval(poll, POLL_MS);
      window.addEventListener('focus', poll);
      document.addEventListener('visibilitychange', poll);
      return () => {
        window.clearInterval(timer);
        window.removeEventListener('focus', poll);
        document.removeEventListener('visibilitychange', poll);
      };
    }, [enabled]);
    return useSyncExternalStore(subscribe, () => count);
  };

  return { set, refresh, use };
}
