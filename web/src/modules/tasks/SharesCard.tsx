/**
 * The members' shares of a task. A member edits its own shares in place
 * (status, percent, notes, owner body); the Office also sets due date and
 * weight and adds or removes participants. Each save sends the version the
 * row was loaded with: if someone else saved first, the server answers 409
 * and the user reloads instead of overwriting.
 */
import { DeleteOutlined, EditOutlined, FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Input, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_STATUSES, type Share, type TaskDetail, type UpdateShareInput, type WorkStatus } from '../../api/types.ts';
import { VersionConflictAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage, isVersionConflict } from '../../shell/errors.ts';
import { formatDateTime } from '../../shell/format.ts';
import { bodyName, memberOptions } from '../region/labels.ts';
import { useWorkNames } from './MemberTags.tsx';
import { tasksApi } from './tasksApi.ts';
import { ProgressCell, WorkStatusTag } from './WorkTags.tsx';
import { NumberField } from './NumberField.tsx';

interface Draft {
  status: WorkStatus;
  percent: number;
  notes: string;
  ownerBodyCode: string | null;
  dueDate: Dayjs | null;
  weight: number;
}

interface Props {
  task: TaskDetail;
  office: boolean;
  timeZone: string;
  /** May the caller file reports (a work role that writes)? Per share, `editable` decides. */
  onFileReport: (share: Share) => void;
  onSaved: (task: TaskDetail) => void;
  onReload: () => void;
}

export function SharesCard({ task, office, timeZone, onFileReport, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { member, body, reference, locale } = useWorkNames();
  const [editing, setEditing] = useState<{ share: Share; draft: Draft } | null>(null);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [adding, setAdding] = useState<{ memberCode?: string; ownerBodyCode?: string }>({});

  const startEdit = (share: Share) => {
    setConflict(false);
    setEditing({
      share,
      draft: {
        status: share.status,
        percent: share.percent,
        notes: share.notes,
        ownerBodyCode: share.ownerBodyCode,
        dueDate: share.dueDate ? dayjs(share.dueDate) : null,
        weight: share.weight,
      },
    });
  };
  const patch = (change: Partial<Draft>) => setEditing((e) => (e ? { ...e, draft: { ...e.draft, ...change } } : e));

  const save = async () => {
    if (!editing) return;
    const { share, draft } = editing;
    const input: UpdateShareInput = { version: share.version, status: draft.status, percent: draft.percent, notes: draft.notes, ownerBodyCode: draft.ownerBodyCode };
    if (office) Object.assign(input, { dueDate: draft.dueDate ? draft.dueDate.format('YYYY-MM-DD') : null, weight: draft.weight });
    setSaving(true);
    try {
      onSaved(await tasksApi.updateShare(share.id, input));
      setEditing(null);
      void message.success(t('shares.saved'));
    } catch (failure) {
      if (isVersionConflict(failure)) setConflict(true);
      else void message.error(errorMessage(failure, t));
    } finally {
      setSaving(false);
    }
  };

  const act = async (run: () => Promise<TaskDetail>, done: string) => {
    try {
      onSaved(await run());
      void message.success(done);
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    }
  };

  const bodiesOf = (memberCode: string) =>
    (reference?.bodies ?? []).filter((b) => b.memberCode === memberCode || b.memberCode === null).map((b) => ({ value: b.code, label: bodyName(b, locale) }));
  const isEditing = (share: Share) => editing?.share.id === share.id;
  const draft = editing?.draft;
  // Readers who can act on no share (observers, other members) get no empty actions column.
  const hasActions = office || task.shares.some((share) => share.editable);
  const candidates = (reference?.members ?? []).filter((m) => !task.shares.some((s) => s.memberCode === m.code));

  return (
    <Card size="small" title={t('shares.title')} data-testid="shares-card">
      {conflict && (
        <VersionConflictAlert
          marginBottom={12}
          onReload={() => {
            setConflict(false);
            setEditing(null);
            onReload();
          }}
        />
      )}
      <Table<Share>
        data-testid="shares-table"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={task.shares}
        scroll={{ x: hasActions ? 1300 : 1090 }}
        onRow={(share) => ({ 'data-testid': `share-row-${share.memberCode}` }) as React.HTMLAttributes<HTMLElement>}
        columns={(
          [
          {
            title: t('shares.member'),
            key: 'member',
            width: 150,
            render: (_, share) => (
              <Space size={4}>
                <span>{member(share.memberCode)}</span>
                <Tag color={share.role === 'lead' ? 'geekblue' : undefined}>{t(`shares.roles.${share.role}`)}</Tag>
              </Space>
            ),
          },
          {
            title: t('shares.ownerBody'),
            key: 'owner',
            width: 160,
            render: (_, share) =>
              isEditing(share) && draft ? (
                <Select
                  allowClear
                  size="small"
                  style={{ width: 160 }}
                  value={draft.ownerBodyCode ?? undefined}
                  onChange={(value?: string) => patch({ ownerBodyCode: value ?? null })}
                  options={bodiesOf(share.memberCode)}
                  data-testid="share-edit-owner"
                />
              ) : (
                body(share.ownerBodyCode)
              ),
          },
          {
            title: t('shares.status'),
            key: 'status',
            width: 125,
            render: (_, share) =>
              isEditing(share) && draft ? (
                <Select
                  size="small"
                  style={{ width: 120 }}
                  value={draft.status}
                  aria-label={t('shares.status')}
                  onChange={(status: WorkStatus) => patch({ status })}
                  options={WORK_STATUSES.map((s) => ({ value: s, label: t(`work.status.${s}`) }))}
                  data-testid="share-edit-status"
                />
              ) : (
                <WorkStatusTag status={share.status} />
              ),
          },
          {
            title: t('shares.percent'),
            key: 'percent',
            width: 140,
            render: (_, share) =>
              isEditing(share) && draft ? (
                <NumberField size="small" min={0} max={100} value={draft.percent} onChange={(v) => patch({ percent: v ?? 0 })} suffix="%" testId="share-edit-percent" />
              ) : (
                <ProgressCell percent={share.percent} status={share.status} />
              ),
          },
          {
            title: t('shares.due'),
            key: 'due',
            width: 125,
            render: (_, share) =>
              isEditing(share) && draft && office ? (
                <DatePicker size="small" value={draft.dueDate} onChange={(v) => patch({ dueDate: v })} data-testid="share-edit-due" />
              ) : (
                (share.dueDate ?? '—')
              ),
          },
          {
            title: (
              <Tooltip title={t('shares.weightHint')}>
                <span>{t('shares.weight')}</span>
              </Tooltip>
            ),
            key: 'weight',
            width: 80,
            render: (_, share) =>
              isEditing(share) && draft && office ? (
                <NumberField size="small" min={0.01} max={1000} value={draft.weight} onChange={(v) => patch({ weight: v ?? 1 })} style={{ width: 76 }} testId="share-edit-weight" />
              ) : (
                share.weight
              ),
          },
          {
            title: t('shares.notes'),
            key: 'notes',
            width: 200,
            render: (_, share) =>
              isEditing(share) && draft ? (
                <Input.TextArea autoSize size="small" maxLength={5000} value={draft.notes} onChange={(e) => patch({ notes: e.target.value })} data-testid="share-edit-notes" />
              ) : (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} ellipsis={{ rows: 2, tooltip: share.notes }}>
                  {share.notes || '—'}
                </Typography.Paragraph>
              ),
          },
          {
            title: t('shares.lastProgress'),
            key: 'last',
            width: 165,
            render: (_, share) => (share.lastProgressAt ? formatDateTime(share.lastProgressAt, timeZone) : t('shares.never')),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 210,
            fixed: 'right',
            render: (_, share) =>
              isEditing(share) ? (
                <Space size={4}>
                  <Button size="small" type="primary" loading={saving} onClick={() => void save()} data-testid="share-save">
                    {t('common.save')}
                  </Button>
                  <Button size="small" onClick={() => setEditing(null)} data-testid="share-cancel">
                    {t('common.cancel')}
                  </Button>
                </Space>
              ) : (
                <Space size={4} wrap>
                  {share.editable && (
                    <Button size="small" icon={<EditOutlined />} onClick={() => startEdit(share)} data-testid={`share-edit-${share.memberCode}`}>
                      {t('shares.edit')}
                    </Button>
                  )}
                  {share.editable && (
                    <Button size="small" icon={<FileAddOutlined />} onClick={() => onFileReport(share)} data-testid={`report-file-${share.memberCode}`}>
                      {t('reports.file')}
                    </Button>
                  )}
                  {office && share.role === 'participant' && (
                    <Popconfirm
                      title={t('shares.removeConfirm', { member: member(share.memberCode) })}
                      onConfirm={() => void act(() => tasksApi.removeShare(task.id, share.id), t('shares.removed'))}
                    >
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('shares.remove')} data-testid={`share-remove-${share.memberCode}`} />
                    </Popconfirm>
                  )}
                </Space>
              ),
          },
        ] satisfies TableColumnsType<Share>
        ).filter((column) => column.key !== 'actions' || hasActions)}
      />
      {office && candidates.length > 0 && (
        <Flex gap={8} align="center" style={{ marginTop: 12 }} wrap>
          <Typography.Text type="secondary">{t('shares.addLabel')}</Typography.Text>
          <Select
            placeholder={t('shares.member')}
            aria-label={t('shares.member')}
            style={{ width: 160 }}
            value={adding.memberCode}
            onChange={(memberCode: string) => setAdding({ memberCode })}
            options={memberOptions(candidates, locale)}
            data-testid="share-add-member"
          />
          <Select
            allowClear
            placeholder={t('shares.ownerBody')}
            aria-label={t('shares.ownerBody')}
            style={{ width: 200 }}
            disabled={!adding.memberCode}
            value={adding.ownerBodyCode}
            onChange={(ownerBodyCode?: string) => setAdding((a) => ({ ...a, ownerBodyCode }))}
            options={adding.memberCode ? bodiesOf(adding.memberCode) : []}
          />
          <Button
            icon={<PlusOutlined />}
            disabled={!adding.memberCode}
            onClick={() => {
              const input = { memberCode: adding.memberCode!, ownerBodyCode: adding.ownerBodyCode ?? null };
              setAdding({});
              void act(() => tasksApi.addShare(task.id, input), t('shares.added'));
            }}
            data-testid="share-add"
          >
            {t('shares.add')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}
