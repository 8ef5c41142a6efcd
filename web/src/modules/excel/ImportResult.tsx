/** What an import did: counts, and every row error with its row, column and rule (so the sheet can be fixed). */
import { Alert, Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport, ImportRowError } from '../../api/types.ts';

export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  return (
    <Table<ImportRowError>
      data-testid="excel-import-errors"
      size="small"
      rowKey={(e) => `${e.row}:${e.column.letter}:${e.rule}`}
      dataSource={errors}
      pagination={errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      scroll={{ x: 760 }}
      columns={[
        { title: t('excel.errors.row'), dataIndex: 'row', width: 64 },
        {
          title: t('excel.errors.column'),
          key: 'column',
          width: 160,
          render: (_, e) => `${e.column.letter} · ${e.column.header}`,
        },
        { title: t('excel.errors.rule'), dataIndex: 'rule', width: 200, render: (rule: string) => <Typography.Text code>{rule}</Typography.Text> },
        { title: t('excel.errors.message'), dataIndex: 'message' },
        {
          title: t('excel.errors.value'),
          dataIndex: 'value',
          width: 140,
          render: (value: string) => <Typography.Text ellipsis={{ tooltip: value }}>{value || '—'}</Typography.Text>,
        },
      ]}
    />
  );
}

export function ImportResult({ report, rejected }: { report: ImportReport; rejected?: boolean }) {
  const { t } = useTranslation();
  const type = rejected ? 'error' : report.errors.length > 0 ? 'warning' : 'success';
  const title = rejected
    ? t('excel.import.rejected', { count: report.errors.length })
    : report.dryRun
      ? t('excel.import.dryRunDone', { valid: report.validRows, total: report.totalRows })
      : t('excel.import.done', { count: report.imported, total: report.totalRows });
  return (
    <div data-testid="excel-import-result" data-imported={report.imported} data-errors={report.errors.length}>
      <Alert type={type} showIcon title={title} style={{ marginBottom: 12 }} />
      <Descriptions size="small" column={4} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('excel.import.totalRows')}>{report.totalRows}</Descriptions.Item>
        <Descriptions.Item label={t('excel.import.validRows')}>{report.validRows}</Descriptions.Item>
        <Descriptions.Item label={t('excel.import.imported')}>{report.imported}</Descriptions.Item>
        <Descriptions.Item label={t('excel.import.errorCount')}>{report.errors.length}</Descriptions.Item>
      </Descriptions>
      {(report.warnings ?? []).length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="excel-import-warnings"
          style={{ marginBottom: 12 }}
          title={t('excel.import.warnings')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {(report.warnings ?? []).map((w) => (
                <li key={`${w.column.letter}:${w.rule}`}>{w.message}</li>
              ))}
            </ul>
          }
        />
      )}
      {report.errors.length > 0 && <ImportErrorsTable errors={report.errors} />}
    </div>
  );
}
