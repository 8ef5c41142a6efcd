/**
 * Export buttons for any ECharts chart: the picture (PNG) and its data
 * (Excel). Each button names the chart in its accessible name, so a screen
 * reader user knows which of several charts it exports.
 */
import { FileExcelOutlined, FileImageOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shell/errors.ts';
import type { ChartInstance } from './echarts.ts';
import { safeFileName, saveBlob, saveDataUrl, tableToXlsx, type ChartTable } from './exporting.ts';

export interface ChartExportProps {
  /** The chart now on screen (null until drawn). */
  chart: () => ChartInstance | null;
  title: string;
  /** Without extension; the date of export is not added so the same view exports to the same name. */
  fileName: string;
  table: ChartTable;
  testId?: string;
}

export function ChartExport({ chart, title, fileName, table, testId }: ChartExportProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const base = safeFileName(fileName);

  const png = () => {
    const instance = chart();
    if (!instance || instance.isDisposed()) return;
    saveDataUrl(instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }), `${base}.png`);
  };
  const excel = async () => {
    setBusy(true);
    try {
      saveBlob(await tableToXlsx(table, title), `${base}.xlsx`);
    } catch (failure) {
      void message.error(t('dashboard.export.failed', { message: errorMessage(failure, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space size={4} className="yrd-no-print">
      <Tooltip title={t('dashboard.export.png', { title })}>
        <Button size="small" icon={<FileImageOutlined />} aria-label={t('dashboard.export.png', { title })} onClick={png} data-testid={testId && `${testId}-png`}>
          {t('dashboard.export.pngShort')}
        </Button>
      </Tooltip>
      <Tooltip title={t('dashboard.export.excel', { title })}>
        <Button
          size="small"
          icon={<FileExcelOutlined />}
          aria-label={t('dashboard.export.excel', { title })}
          loading={busy}
          onClick={() => void excel()}
          data-testid={testId && `${testId}-excel`}
        >
          {t('dashboard.export.excelShort')}
        </Button>
      </Tooltip>
    </Space>
  );
}
