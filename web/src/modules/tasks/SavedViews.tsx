/**
 * Saved views: the user's own named sets of filters. Picking one puts its
 * filters in the address; saving stores the filters now in force.
 */
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import type { TaskFilters } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { useFormSave } from '../../shell/useFormSave.ts';
import { compactFilters, normalizeFilters, taskListPath } from './taskFilters.ts';
import { tasksApi } from './tasksApi.ts';

interface Props {
  filters: TaskFilters;
  onPick: (filters: TaskFilters) => void;
}

export function SavedViews({ filters, onPick }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const views = useApi((signal) => tasksApi.views(signal), 'saved-views');
  const [form] = Form.useForm<{ name: string }>();
  const { saving, error, save } = useFormSave(form);
  const [open, setOpen] = useState(false);

  // The view whose filters are on screen now, if any.
  const current = (views.data ?? []).find((v) => taskListPath(normalizeFilters(v.filters)) === taskListPath(filters));

  const submit = ({ name }: { name: string }) =>
    save(async () => {
      await tasksApi.saveView(name.trim(), compactFilters(filters));
      void message.success(t('tasks.views.saved'));
      setOpen(false);
      form.resetFields();
      views.reload();
    });

  const remove = async (id: string) => {
    try {
      await tasksApi.deleteView(id);
      void message.success(t('tasks.views.deleted'));
      views.reload();
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    }
  };

  return (
    <Space size={8} wrap>
      <Select<string>
        allowClear
        placeholder={t('tasks.views.pick')}
        aria-label={t('tasks.views.pick')}
        style={{ width: 200 }}
        loading={views.loading}
        value={current?.id}
        onChange={(id) => {
          const view = views.data?.find((v) => v.id === id);
          onPick(view ? normalizeFilters(view.filters) : {});
        }}
        options={(views.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
        notFoundContent={t('tasks.views.none')}
        data-testid="saved-views-select"
      />
      <Button icon={<SaveOutlined />} onClick={() => setOpen(true)} data-testid="saved-view-save">
        {t('tasks.views.save')}
      </Button>
      {current && (
        <Popconfirm title={t('tasks.views.deleteConfirm', { name: current.name })} onConfirm={() => void remove(current.id)}>
          <Button icon={<DeleteOutlined />} aria-label={t('tasks.views.delete')} data-testid="saved-view-delete" />
        </Popconfirm>
      )}
      <Modal
        open={open}
        title={t('tasks.views.saveTitle')}
        onCancel={() => setOpen(false)}
        okText={t('common.save')}
        okButtonProps={{ loading: saving, 'data-testid': 'saved-view-submit' }}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <ErrorAlert error={error} />
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item
            name="name"
            label={t('tasks.views.name')}
            extra={t('tasks.views.nameHint')}
            rules={[{ required: true, whitespace: true, max: 80, message: t('tasks.views.nameRequired') }]}
          >
            <Input data-testid="saved-view-name" autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
