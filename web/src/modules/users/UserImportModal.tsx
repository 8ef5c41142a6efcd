/**
 * Bulk user import from Excel (issue 12, item 9): template, file, how the
 * one-time passwords reach their owners, and on success the sheet is downloaded
 * at once (the only time they are shown). With delivery by e-mail (only when the
 * platform sends mail) users with an address get theirs by mail and the sheet
 * lists the others' passwords. Errors come back per row and column; nothing is
 * created then.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { FilePicker } from '../../shell/FilePicker.tsx';
import { downloadFile } from '../excel/transfer.ts';
import { inboxApi } from '../inbox/inboxApi.ts';
import { importUsers, type ImportRowError, type PasswordDelivery } from './userImportApi.ts';

export function UserImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rowErrors, setRowErrors] = useState<ImportRowError[]>([]);
  const [delivery, setDelivery] = useState<PasswordDelivery>('sheet');
  // Whether the platform sends e-mail at all (YRD_SMTP_URL): the e-mail choice needs it (the server refuses it otherwise).
  const mailer = useApi((signal) => inboxApi.preferences(signal), 'email-configured');
  const emailConfigured = mailer.data?.emailConfigured === true;

  const close = () => {
    setFile(null);
    setError(null);
    setRowErrors([]);
    setDelivery('sheet');
    onClose();
  };

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setRowErrors([]);
    try {
      const { created, emailed } = await importUsers(file, emailConfigured ? delivery : 'sheet');
      if (emailed > 0) void message.success(t('userImport.doneEmail', { count: created, emailed, others: created - emailed }), 8);
      else void message.success(t('userImport.done', { count: created }));
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
            {delivery === 'email' && emailConfigured ? t('userImport.submitEmail') : t('userImport.submit')}
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
        <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
          <legend style={{ fontSize: 14, marginBottom: 4, fontWeight: 500 }}>{t('userImport.delivery')}</legend>
          <Radio.Group value={emailConfigured ? delivery : 'sheet'} onChange={(e) => setDelivery(e.target.value as PasswordDelivery)} data-testid="user-import-delivery">
            <Space orientation="vertical" size={4}>
              <Radio value="sheet" data-testid="user-import-delivery-sheet">{t('userImport.deliverySheet')}</Radio>
              <Radio value="email" disabled={!emailConfigured} data-testid="user-import-delivery-email">{t('userImport.deliveryEmail')}</Radio>
            </Space>
          </Radio.Group>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }} data-testid="user-import-delivery-hint">
            {mailer.data && !emailConfigured ? t('userImport.deliveryEmailOff') : t('userImport.deliveryEmailHint')}
          </Typography.Paragraph>
        </fieldset>
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
