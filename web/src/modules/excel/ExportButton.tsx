import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shell/errors.ts';
import { exportTestId, exportUrl, type ExportQuery } from './exportUrl.ts';
import { downloadFile } from './transfer.ts';

/**
 * Downloads a list as .xlsx with the filters now on screen (every page, up to
 * the server's cap); says how many rows came and warns when the cap cut them.
 */
export function ExportButton(props: { path: string; query?: ExportQuery; fileName?: string }) {
  const { path, query, fileName } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const { headers } = await downloadFile(exportUrl(path, query), fileName ?? 'export.xlsx');
      const rows = headers.get('x-export-rows');
      const count = Number(rows ?? 0);
      if (headers.get('x-export-truncated') === 'true') void message.warning(t('excel.export.truncatedRows', { count }));
      else if (rows !== null) void message.success(t('excel.export.doneRows', { count }));
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid={exportTestId(path)}>
      {t('excel.export.button')}
    </Button>
  );
}
