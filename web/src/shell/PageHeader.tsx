import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from './Breadcrumbs.tsx';

/**
 * Title row of a page: title, an optional one-line description, actions on the
 * right (under the title on a phone). The title is the page's one h1, sized as before.
 * Detail pages pass `breadcrumbs` (the list, then the record), shown above the title.
 */
export function PageHeader({ title, description, extra, breadcrumbs }: { title: ReactNode; description?: ReactNode; extra?: ReactNode; breadcrumbs?: Crumb[] }) {
  const header = (
    <Flex justify="space-between" align="flex-start" gap={16} className="yrd-page-header" style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 20, lineHeight: 1.4, overflowWrap: 'anywhere' }}>
          {title}
        </Typography.Title>
        {description && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
            {description}
          </Typography.Text>
        )}
      </div>
      {extra && (
        <Flex gap={8} className="yrd-page-header-extra">
          {extra}
        </Flex>
      )}
    </Flex>
  );
  if (!breadcrumbs) return header;
  return (
    <>
      <Breadcrumbs items={breadcrumbs} />
      {header}
    </>
  );
}
