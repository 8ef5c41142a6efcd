import { useSyncExternalStore } from 'react';

/**
 * True while the media query matches. Read synchronously (like shell/useNarrowScreen),
 * so a phone never paints the wide board first.
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Below 768 px (phones): the board shows one member at a time. */
export const PHONE = '(max-width: 767.98px)';
