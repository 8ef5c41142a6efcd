/**
 * The unread count shown in the menu and the header. One poll for the whole
 * app (every minute, and on each navigation), shared through a tiny store, so
 * marking items read on the inbox page updates the badge at once.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { inboxApi } from './inboxApi.ts';

const POLL_MS = 60_000;
let count = 0;
const listeners = new Set<() => void>();

export function setUnreadCount(next: number): void {
  if (next === count) return;
  count = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let inFlight: Promise<void> | null = null;

export function refreshUnreadCount(): Promise<void> {
  // Navigations in quick succession share one request.
  inFlight ??= inboxApi
    .unreadCount()
    .then(setUnreadCount, () => undefined) // a failed poll keeps the last count; the next one retries
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/** The count, polled while mounted; `trigger` (e.g. the path) refreshes it when it changes. */
export function useUnreadCount(trigger: string): number {
  useEffect(() => {
    void refreshUnreadCount();
  }, [trigger]);
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void refreshUnreadCount();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, []);
  return useSyncExternalStore(subscribe, () => count);
}
