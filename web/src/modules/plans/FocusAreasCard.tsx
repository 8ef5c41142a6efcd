/**
 * The focus areas as a tree. The Office adds areas and sub-areas: a sub-area's
 * code extends its parent's (1.2 goes under 1), which is how the server places it.
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Select, Tree, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusArea } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { areaLabel } from '../tasks/labels.ts';
import { areaTree, useAreas, type AreaNode } from './areas.ts';
import { plansApi } from './plansApi.ts';

interface Values {
  parentId?: string;
  code: string;
  nameZh: string;
  nameEn: string;
  descriptionZh?: string;
  descriptionEn?: string;
}

/** The next free code under a parent: 1 → 1.1, 1.2 … */
function nextCode(areas: FocusArea[], parent: FocusArea | undefined): string {
  const siblings = areas.filter((a) => a.parentId === (parent?.id ?? null));
  const last = Math.max(0, ...siblings.map((a) => Number(a.code.split('.').pop()) || 0));
  return parent ? `${parent.code}.${last + 1}` : String(last + 1);
}

export function FocusAreasCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const { areas, error, refresh } = useAreas();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const { saving, error: saveError, setError: setSaveError, save } = useFormSave(form);

  type TreeNode = { key: string; title: React.ReactNode; children: TreeNode[] };
  const toNode = (node: AreaNode): TreeNode => ({
    key: node.area.id,
    title: (
      <span data-testid={`area-${node.area.code}`} title={locale === 'en' ? node.area.descriptionEn : node.area.descriptionZh}>
        {areaLabel(node.area, locale)}
      </span>
    ),
    children: node.children.map(toNode),
  });

  const openFor = (parentId?: string) => {
    setSaveError(undefined);
    form.setFieldsValue({ parentId, code: nextCode(areas, areas.find((a) => a.id === parentId)), nameZh: '', nameEn: '' });
    setOpen(true);
  };

  const submit = (values: Values) =>
    save(async () => {
      await plansApi.createArea({
        code: values.code.trim(),
        nameZh: values.nameZh.trim(),
        nameEn: values.nameEn.trim(),
        descriptionZh: values.descriptionZh ?? '',
        descriptionEn: values.descriptionEn ?? '',
      });
      void message.success(t('areas.added'));
      setOpen(false);
      refresh();
    });

  return (
    <Card
      size="small"
      title={t('areas.title')}
      extra={
        canEdit && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => openFor(undefined)} data-testid="area-add">
            {t('areas.add')}
          </Button>
        )
      }
      data-testid="areas-tree"
    >
      <ErrorAlert error={error} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('areas.hint')}
      </Typography.Paragraph>
      <Tree<TreeNode> defaultExpandAll selectable={false} treeData={areaTree(areas).map(toNode)} key={areas.length} />
      <Modal
        open={open}
        title={t('areas.addTitle')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('areas.addSubmit')}
        okButtonProps={{ loading: saving, 'data-testid': 'area-submit' }}
        forceRender
      >
        <ErrorAlert error={saveError} />
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item name="parentId" label={t('areas.parent')}>
            <Select
              allowClear
              placeholder={t('areas.topLevel')}
              options={areas.map((a) => ({ value: a.id, label: areaLabel(a, locale) }))}
              onChange={(parentId?: string) => form.setFieldValue('code', nextCode(areas, areas.find((a) => a.id === parentId)))}
              data-testid="area-parent"
            />
          </Form.Item>
          <Form.Item name="code" label={t('areas.code')} extra={t('areas.codeHint')} rules={[{ required: true, pattern: /^[0-9]+(\.[0-9]+)*$/, max: 20, message: t('areas.codePattern') }]}>
            <Input data-testid="area-code" />
          </Form.Item>
          <Form.Item name="nameZh" label={t('areas.nameZh')} rules={[{ required: true, whitespace: true, max: 300, message: t('areas.nameRequired') }]}>
            <Input data-testid="area-name-zh" />
          </Form.Item>
          <Form.Item name="nameEn" label={t('areas.nameEn')} rules={[{ required: true, whitespace: true, max: 300, message: t('areas.nameRequired') }]}>
            <Input data-testid="area-name-en" />
          </Form.Item>
          <Form.Item name="descriptionZh" label={t('areas.descriptionZh')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="descriptionEn" label={t('areas.descriptionEn')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
