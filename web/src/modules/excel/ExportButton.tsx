import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskFilters } from '../../api/types.ts';
import { errorMessage } from '../../shell/errors.ts';
import { excelApi } from './excelApi.ts';

/** Downloads the task list as .xlsx with the filters now on screen (all pages, up to the server's cap). */
export function ExportButton({ filters }: { filters: TaskFilters }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const { headers } = await excelApi.exportTasks(filters);
      const rows = headers.get('x-export-rows');
      if (headers.get('x-export-truncated') === 'true') void message.warning(t('excel.export.truncated', { count: Number(rows ?? 0) }));
      else void message.success(t('excel.export.done', { count: Number(rows ?? 0) }));
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid="tasks-export">
      {t('excel.export.button')}
    </Button>
  );
}
