import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import './indicators.css';

/**
 * Title row of the indicator and index pages: the page's one h1, an optional
 * description, tags beside the title, actions that wrap under it on a phone.
 */
export function PageTitle({ title, description, tags, extra, testId }: { title: ReactNode; description?: ReactNode; tags?: ReactNode; extra?: ReactNode; testId?: string }) {
  return (
    <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0, flex: '1 1 320px' }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0, overflowWrap: 'anywhere' }} data-testid={testId}>
            {title}
          </Typography.Title>
          {tags}
        </Flex>
        {description && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
            {description}
          </Typography.Text>
        )}
      </div>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
