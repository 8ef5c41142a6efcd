import { Table, type TableProps } from 'antd';
import { useEffect, useRef } from 'react';

/**
 * antd's Table, whose sideways-scrolling body (on a phone) becomes a named,
 * focusable region: keyboard users can scroll it, screen readers announce it.
 * Only while it actually overflows, so wide screens get no extra tab stop.
 */
export function ScrollableTable<T extends object>({ label, ...props }: TableProps<T> & { label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = box.current;
    if (!root) return;
    const update = () => {
      for (const el of root.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body')) {
        if (el.scrollWidth > el.clientWidth + 1) {
          el.tabIndex = 0;
          el.setAttribute('role', 'region');
          el.setAttribute('aria-label', label);
        } else if (el.hasAttribute('tabindex')) {
          el.removeAttribute('tabindex');
          el.removeAttribute('role');
          el.removeAttribute('aria-label');
        }
      }
    };
    update();
    const resize = new ResizeObserver(update);
    resize.observe(root);
    // Rows arrive after the first paint (loading, "load more"): check again when they do.
    const rows = new MutationObserver(update);
    rows.observe(root, { childList: true, subtree: true });
    return () => {
      resize.disconnect();
      rows.disconnect();
    };
  }, [label]);
  return (
    <div ref={box}>
      <Table<T> {...props} />
    </div>
  );
}
