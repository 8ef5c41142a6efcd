/**
 * Bulk user import from Excel (issue 12, item 9): template, file, and on success
 * the sheet of one-time passwords is downloaded at once (the only time they are
 * shown). Errors come back per row and column; nothing is created then.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { FilePicker } from '../../shell/FilePicker.tsx';
import { downloadFile } from '../excel/transfer.ts';
import { importUsers, type ImportRowError } from './userImportApi.ts';

export function UserImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rowErrors, setRowErrors] = useState<ImportRowError[]>([]);

  const close = () => {
    setFile(null);
    setError(null);
    setRowErrors([]);
    onClose();
  };

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setRowErrors([]);
    try {
      const count = await importUsers(file);
      void message.success(t('userImport.done', { count }));
      onImported();
      close();
    } catch (e) {
      const rows = e instanceof ApiError ? ((e.details as { errors?: ImportRowError[] }).errors ?? []) : [];
      setRowErrors(rows);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('userImport.title')}
      onCancel={close}
      width={760}
      destroyOnHidden
      footer={
        <Space wrap>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!file} loading={busy} onClick={() => void submit()} data-testid="user-import-submit">
            {t('userImport.submit')}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('userImport.intro')}</Typography.Paragraph>
        <Alert type="warning" showIcon message={t('userImport.allOrNothing')} />
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => void downloadFile('/api/v1/users/import-template', 'user-import-template.xlsx').catch(setError)} data-testid="user-import-template">
            {t('userImport.template')}
          </Button>
          <FilePicker testId="user-import-file" label={t('userImport.choose')} onFiles={(files) => setFile(files[0] ?? null)} />
          {file && <Typography.Text>{file.name}</Typography.Text>}
        </Space>
        <ErrorAlert error={error} />
        {rowErrors.length > 0 && (
          <Table<ImportRowError>
            size="small"
            data-testid="user-import-errors"
            title={() => t('userImport.errorsTitle')}
            rowKey={(e) => `${e.row}:${e.column}:${e.rule}:${e.value}`}
            pagination={false}
            scroll={{ y: 280 }}
            dataSource={rowErrors}
            columns={[
              { title: t('userImport.row'), dataIndex: 'row', width: 60 },
              { title: t('userImport.column'), dataIndex: 'column', width: 60 },
              { title: t('userImport.message'), key: 'message', render: (_, e) => (locale === 'en' ? e.messageEn : e.messageZh) },
            ]}
          />
        )}
      </Space>
    </Modal>
  );
}
