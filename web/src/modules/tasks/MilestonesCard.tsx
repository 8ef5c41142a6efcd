/** Milestones of a task: the Office adds them; the Office or the lead member marks them done (or reopens them). */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, DatePicker, Empty, Flex, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone, TaskDetail } from '../../api/types.ts';
import { errorMessage } from '../../shell/errors.ts';
import { formatDateTime } from '../../shell/format.ts';
import { titleOf, todayIn } from './labels.ts';
import { useWorkNames } from './MemberTags.tsx';
import { tasksApi } from './tasksApi.ts';

interface Props {
  task: TaskDetail;
  office: boolean;
  timeZone: string;
  onSaved: (task: TaskDetail) => void;
}

export function MilestonesCard({ task, office, timeZone, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { locale } = useWorkNames();
  const [form] = Form.useForm<{ titleZh: string; titleEn?: string; dueDate: Dayjs }>();
  const [busy, setBusy] = useState<string | null>(null);
  const leadShare = task.shares.find((s) => s.role === 'lead');
  const canComplete = office || Boolean(leadShare?.editable);
  const today = todayIn(timeZone);

  const toggle = async (milestone: Milestone, completed: boolean) => {
    setBusy(milestone.id);
    try {
      onSaved(await tasksApi.setMilestoneDone(milestone.id, completed));
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setBusy(null);
    }
  };

  const add = async (values: { titleZh: string; titleEn?: string; dueDate: Dayjs }) => {
    setBusy('new');
    try {
      onSaved(await tasksApi.addMilestone(task.id, { titleZh: values.titleZh.trim(), titleEn: values.titleEn?.trim() ?? '', dueDate: values.dueDate.format('YYYY-MM-DD') }));
      form.resetFields();
      void message.success(t('milestones.added'));
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card size="small" title={t('milestones.title')} data-testid="milestones-card">
      {task.milestones.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('milestones.none')} />
      ) : (
        <div role="list">
          {task.milestones.map((m) => {
            const late = !m.completedAt && m.dueDate < today;
            return (
              <Flex
                key={m.id}
                role="listitem"
                gap={8}
                align="center"
                justify="space-between"
                data-testid="milestone-item"
                data-done={m.completedAt ? 'true' : 'false'}
                style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
              >
                <Checkbox
                  checked={m.completedAt !== null}
                  disabled={!canComplete || busy === m.id}
                  onChange={(event) => void toggle(m, event.target.checked)}
                  data-testid="milestone-done"
                >
                  <Typography.Text delete={m.completedAt !== null}>{titleOf(m, locale)}</Typography.Text>
                </Checkbox>
                <Typography.Text type={late ? 'danger' : 'secondary'}>
                  {m.completedAt ? t('milestones.doneAt', { time: formatDateTime(m.completedAt, timeZone) }) : t('milestones.due', { date: m.dueDate })}
                </Typography.Text>
              </Flex>
            );
          })}
        </div>
      )}
      {!canComplete && task.milestones.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('milestones.whoCompletes')}
        </Typography.Text>
      )}
      {office && (
        <Form form={form} layout="inline" onFinish={(values) => void add(values)} style={{ marginTop: 12, rowGap: 8 }}>
          <Form.Item name="titleZh" rules={[{ required: true, whitespace: true, max: 300, message: t('milestones.titleRequired') }]}>
            <Input placeholder={t('milestones.titleZh')} style={{ width: 200 }} data-testid="milestone-title-zh" />
          </Form.Item>
          <Form.Item name="titleEn" rules={[{ max: 300 }]}>
            <Input placeholder={t('milestones.titleEn')} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="dueDate" rules={[{ required: true, message: t('milestones.dueRequired') }]}>
            <DatePicker placeholder={t('milestones.dueDate')} data-testid="milestone-due" />
          </Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined />} loading={busy === 'new'} data-testid="milestone-add">
            {t('milestones.add')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
