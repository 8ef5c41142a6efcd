import { useEffect, type RefObject } from 'react';

/** Boxes that scroll sideways inside a page: antd tables, descriptions, and any box marked `data-scroll-region`. */
const SCROLLERS = '.ant-table-content, .ant-table-body, .ant-descriptions-view, [data-scroll-region]';

/**
 * Every box in the page that actually scrolls sideways becomes a named,
 * focusable region (WCAG 2.1.1: keyboard users can scroll it; screen readers
 * announce it), named after its card's title where it has one. Only while it
 * overflows, so wide screens get no extra tab stops. One observer for the
 * whole frame, so no page has to remember it.
 */
export function useScrollRegions(root: RefObject<HTMLElement | null>, fallbackLabel: string): void {
  useEffect(() => {
    const container = root.current;
    if (!container) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      for (const el of container.querySelectorAll<HTMLElement>(SCROLLERS)) {
        const overflowing = el.scrollWidth > el.clientWidth + 1 || (el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible');
        if (overflowing) {
          if (el.getAttribute('tabindex') === '0') continue;
          const title = el.closest('.ant-card')?.querySelector('.ant-card-head-title')?.textContent?.trim();
          el.tabIndex = 0;
          el.setAttribute('role', 'region');
          el.setAttribute('aria-label', title || fallbackLabel);
          el.dataset.yrdScrollRegion = 'on';
        } else if (el.dataset.yrdScrollRegion === 'on') {
          el.removeAttribute('tabindex');
          el.removeAttribute('role');
          el.removeAttribute('aria-label');
          delete el.dataset.yrdScrollRegion;
        }
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    const resize = new ResizeObserver(schedule);
    resize.observe(container);
    // Rows and cards arrive after the first paint (loading, lazy pages, "load more").
    const changes = new MutationObserver(schedule);
    changes.observe(container, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      resize.disconnect();
      changes.disconnect();
      window.removeEventListener('resize', schedule);
    };
  }, [root, fallbackLabel]);
}
