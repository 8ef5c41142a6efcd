/**
 * Deep links from notices and the to-do queue land on the exact item: the
 * page names the element the link points to once its data is there; it is
 * scrolled into view, highlighted and focused (so a keyboard or screen-reader
 * user starts there too). A link to something no longer on the page says so.
 */
import { Alert } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';

const HIGHLIGHT = { outline: '2px solid #d48806', outlineOffset: '4px', background: '#fffbe6', borderRadius: '4px' };

function highlight(element: HTMLElement): void {
  element.setAttribute('data-highlighted', 'true');
  Object.assign(element.style, HIGHLIGHT);
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/**
 * `selector`: the element the link names (null: the link names nothing);
 * `ready`: the data it lives in has loaded. Answers a notice when the element
 * is not on the page.
 */
export function useDeepLink(selector: string | null, ready: boolean, missingText: string): ReactNode {
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    if (!selector || !ready) return undefined;
    // After the render that put the data on the page (and the layout that placed it).
    const frame = window.requestAnimationFrame(() => {
      const element = document.querySelector<HTMLElement>(selector);
      if (element) {
        highlight(element);
        setMissing(null);
      } else setMissing(selector);
    });
    return () => window.cancelAnimationFrame(frame);
  }, [selector, ready]);
  return missing && missing === selector ? <Alert type="warning" showIcon title={missingText} style={{ marginBottom: 16 }} data-testid="deep-link-missing" /> : null;
}

/** A value safe inside an attribute selector. */
export const attr = (value: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&'));
