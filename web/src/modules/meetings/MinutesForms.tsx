/**
 * The two forms of the minutes panel: drafting a revision (long text, kept as a
 * local draft) and a member's request for a change (a comment). Both ask
 * before typed text is dropped.
 */
import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { useFormGuard } from '../../shell/unsaved.tsx';
import { meetingsApi } from './meetingsApi.ts';
import { useMeetingNames } from './names.ts';

export function DraftMinutesModal({ open, meeting, onClose, onSaved }: { open: boolean; meeting: MeetingDetail; onClose: () => void; onSaved: (m: MeetingDetail) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ bodyZh: string; bodyEn?: string }>();
  const { saving, error, setError, save } = useFormSave(form);
  const current = meeting.minutes[0];
  // Minutes are long: typed text asks before it is dropped and is kept as a local draft until the revision is saved.
  const guard = useFormGuard({ form, open, draftKey: `minutes:${meeting.id}:${(current?.revision ?? 0) + 1}` });
  const close = () => {
    setError(undefined);
    onClose();
  };
  const cancel = () => guard.confirmClose(close);
  return (
    <Modal
      open={open}
      title={t('meetings.minutes.draftTitle', { revision: (current?.revision ?? 0) + 1 })}
      width={860}
      onCancel={cancel}
      mask={{ closable: false }}
      destroyOnHidden
      footer={<ModalFormFooter form={form} onCancel={cancel} saving={saving} submitLabel={t('meetings.minutes.draftSubmit')} submitTestId="minutes-draft-submit" />}
    >
      <ErrorAlert error={error} testId="minutes-draft-error" />
      {guard.banner}
      {current && <Typography.Paragraph type="secondary">{t('meetings.minutes.draftHint')}</Typography.Paragraph>}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ bodyZh: current?.bodyZh ?? '', bodyEn: current?.bodyEn ?? '' }}
        onValuesChange={guard.onValuesChange}
        onFinish={(values) =>
          void save(async () => {
            const saved = await meetingsApi.draftMinutes(meeting.id, { bodyZh: values.bodyZh, bodyEn: values.bodyEn ?? '' });
            guard.submitted();
            onSaved(saved);
            onClose();
          })
        }
      >
        <Form.Item name="bodyZh" label={t('meetings.minutes.draftBodyZh')} rules={[{ required: true, whitespace: true, message: t('meetings.minutes.bodyRequired') }]}>
          <Input.TextArea rows={10} maxLength={100000} lang="zh-CN" data-testid="minutes-draft-body-zh" />
        </Form.Item>
        <Form.Item name="bodyEn" label={t('meetings.minutes.draftBodyEn')}>
          <Input.TextArea rows={6} maxLength={100000} lang="en" data-testid="minutes-draft-body-en" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RequestChangeModal({
  meetingId,
  memberCode,
  onClose,
  onSaved,
}: {
  meetingId: string;
  memberCode: string | null;
  onClose: () => void;
  onSaved: (m: MeetingDetail) => void;
}) {
  const { t } = useTranslation();
  const { member } = useMeetingNames();
  const [form] = Form.useForm<{ comment: string }>();
  const { saving, error, setError, save } = useFormSave(form);
  // A typed comment asks before it is dropped (Esc, Cancel, leaving the page); short, so no local draft.
  const guard = useFormGuard({ form, open: memberCode !== null, draftKey: null });
  const close = () => {
    setError(undefined);
    onClose();
  };
  const cancel = () => guard.confirmClose(close);
  return (
    <Modal
      open={memberCode !== null}
      title={t('meetings.minutes.requestChangeTitle', { member: member(memberCode) })}
      onCancel={cancel}
      mask={{ closable: false }}
      destroyOnHidden
      footer={<ModalFormFooter form={form} onCancel={cancel} saving={saving} submitLabel={t('meetings.minutes.submitRequest')} submitTestId="minutes-verdict-submit" />}
    >
      <ErrorAlert error={error} testId="minutes-verdict-error" />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onValuesChange={guard.onValuesChange}
        onFinish={(values) =>
          void save(async () => {
            if (!memberCode) return;
            onSaved(await meetingsApi.decideMinutes(meetingId, { memberCode, verdict: 'request_change', comment: values.comment.trim() }));
            guard.submitted();
            onClose();
          })
        }
      >
        <Form.Item name="comment" label={t('meetings.minutes.commentLabel')} rules={[{ required: true, whitespace: true, message: t('meetings.minutes.commentRequired') }]}>
          <Input.TextArea rows={4} maxLength={5000} data-testid="minutes-verdict-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
