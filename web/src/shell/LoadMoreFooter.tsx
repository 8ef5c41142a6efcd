import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CursorListState } from '../api/hooks.ts';

/** Under a cursor-paged list: how many rows are loaded, and "load more" while there are more. */
export function LoadMoreFooter({ list, testId }: { list: CursorListState<unknown>; testId: string }) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
      <Typography.Text type="secondary">{t('common.loadedCount', { count: list.items.length })}</Typography.Text>
      {list.hasMore && (
        <Button onClick={list.loadMore} loading={list.loadingMore} data-testid={testId}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
