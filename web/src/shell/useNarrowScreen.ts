import { useSyncExternalStore } from 'react';

/** Below antd's `lg` breakpoint (992 px): phones and tablets, where the side menu becomes a drawer. */
const NARROW = '(max-width: 991.98px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * True on a narrow screen. Read synchronously (not after a first render as
 * Grid.useBreakpoint does), so a phone never paints the desktop frame first.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches, () => false);
}
