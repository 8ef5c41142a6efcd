/**
 * Creating or changing a meeting (the Office): type and tier, titles and
 * theme, times in the region's zone, host member and city, venue, convening
 * body, the main meeting of a parallel session or site visit, participants
 * (whose members then approve the minutes) and agenda items. A change names
 * the version it read; once the minutes are final, who took part is fixed.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Divider, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import {
  MEETING_STATUSES,
  MEETING_TIERS,
  MEETING_TYPES,
  PARTICIPANT_ROLES,
  type CreateMeetingInput,
  type MeetingDetail,
  type MeetingStatus,
  type MeetingTier,
  type MeetingType,
  type ParticipantRole,
} from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { SaveErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { bodyName, cityName, memberOptions } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { cityFitsHost, hostCityAfterMemberChange, hostCityChoices } from './hostCity.ts';
import { DEFAULT_TIER, formatRange, isoOfPicked, pickerValueOf } from './labels.ts';
import { textOf } from '../../shell/format.ts';
import { meetingsApi } from './meetingsApi.ts';

interface ParticipantValues {
  nameZh: string;
  nameEn?: string;
  titleZh?: string;
  /** Not edited here (kept as recorded, e.g. from the source records). */
  titleEn?: string;
  memberCode?: string;
  organisation?: string;
  role: ParticipantRole;
}

interface Values {
  type: MeetingType;
  tier: MeetingTier;
  status: MeetingStatus;
  titleZh: string;
  titleEn?: string;
  themeZh?: string;
  themeEn?: string;
  startsAt: Dayjs;
  endsAt: Dayjs;
  hostMemberCode?: string;
  hostCityCode?: string;
  venueZh?: string;
  venueEn?: string;
  bodyCode?: string;
  parentMeetingId?: string;
  participants?: ParticipantValues[];
  agenda?: { titleZh: string; titleEn?: string }[];
}

interface Props {
  open: boolean;
  /** The meeting to change; without it the form creates one. */
  meeting?: MeetingDetail;
  onClose: () => void;
  onSaved: (id: string, saved?: MeetingDetail) => void;
  /** After a version conflict: drop the edit and read the meeting again. */
  onReload?: () => void;
}

const trimmed = (value: string | undefined) => value?.trim() ?? '';

function initialOf(m: MeetingDetail, timeZone: string): Values {
  return {
    type: m.type,
    tier: m.tier,
    status: m.status,
    titleZh: m.titleZh,
    titleEn: m.titleEn,
    themeZh: m.themeZh,
    themeEn: m.themeEn,
    startsAt: pickerValueOf(m.startsAt, timeZone),
    endsAt: pickerValueOf(m.endsAt, timeZone),
    hostMemberCode: m.hostMemberCode ?? undefined,
    hostCityCode: m.hostCityCode ?? undefined,
    venueZh: m.venueZh,
    venueEn: m.venueEn,
    bodyCode: m.bodyCode ?? undefined,
    parentMeetingId: m.parentMeetingId ?? undefined,
    participants: m.participants.map((p) => ({
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      titleZh: p.titleZh,
      titleEn: p.titleEn,
      memberCode: p.memberCode ?? undefined,
      organisation: p.organisation,
      role: p.role,
    })),
    agenda: m.agenda.map((a) => ({ titleZh: a.titleZh, titleEn: a.titleEn })),
  };
}

export function MeetingFormModal({ open, meeting, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, save } = useFormSave(form);
  const { reference, timeZone } = useReference();
  const lang = useLocale();
  const hostMember = Form.useWatch('hostMemberCode', form);
  const participantsFixed = meeting?.minutes[0]?.status === 'final';
  // Candidates for the main meeting: every meeting, every page (read when the form opens).
  const parents = useApi((signal) => (open ? meetingsApi.all({}, signal) : Promise.resolve([])), `meeting-parents:${open}`);

  const close = () => {
    setError(undefined);
    onClose();
  };

  const submit = (values: Values) =>
    save(async () => {
      const input: CreateMeetingInput = {
        type: values.type,
        tier: values.tier,
        status: values.status,
        titleZh: values.titleZh.trim(),
        titleEn: trimmed(values.titleEn),
        themeZh: trimmed(values.themeZh),
        themeEn: trimmed(values.themeEn),
        startsAt: isoOfPicked(values.startsAt, timeZone),
        endsAt: isoOfPicked(values.endsAt, timeZone),
        hostMemberCode: values.hostMemberCode ?? null,
        hostCityCode: values.hostCityCode ?? null,
        venueZh: trimmed(values.venueZh),
        venueEn: trimmed(values.venueEn),
        bodyCode: values.bodyCode ?? null,
        parentMeetingId: values.parentMeetingId ?? null,
        participants: (values.participants ?? []).map((p) => ({
          nameZh: p.nameZh.trim(),
          nameEn: trimmed(p.nameEn),
          titleZh: trimmed(p.titleZh),
          titleEn: trimmed(p.titleEn),
          memberCode: p.memberCode ?? null,
          organisation: trimmed(p.organisation),
          role: p.role,
        })),
        agenda: (values.agenda ?? []).map((a) => ({ titleZh: a.titleZh.trim(), titleEn: trimmed(a.titleEn) })),
      };
      if (meeting) {
        // Who took part is fixed with final minutes: the list is then not sent (the server would refuse it).
        const { participants, ...rest } = input;
        const saved = await meetingsApi.update(meeting.id, { ...rest, ...(participantsFixed ? {} : { participants }), version: meeting.version });
        onSaved(meeting.id, saved);
      } else {
        const { id } = await meetingsApi.create(input);
        onSaved(id);
      }
      onClose();
    });

  const members = memberOptions(reference?.members ?? [], lang);
  const allCities = reference?.cities ?? [];
  // Only the host member's cities: the server refuses a host city outside it.
  const cities = hostCityChoices(allCities, hostMember).map((c) => ({ value: c.code, label: cityName(c, lang) }));
  const bodies = (reference?.bodies ?? []).map((b) => ({ value: b.code, label: bodyName(b, lang) }));
  const parentOptions = (parents.data ?? [])
    .filter((m) => !m.parentMeetingId && m.id !== meeting?.id)
    .map((m) => ({ value: m.id, label: `${formatRange(m.startsAt, m.endsAt, timeZone).slice(0, 10)} ${textOf(m.titleZh, m.titleEn, lang)}` }));

  return (
    <Modal
      open={open}
      title={meeting ? t('meetings.form.editTitle') : t('meetings.form.title')}
      width={980}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
      footer={<ModalFormFooter form={form} onCancel={close} saving={saving} submitLabel={meeting ? t('common.save') : t('meetings.form.submit')} submitTestId="meeting-form-submit" />}
    >
      <SaveErrorAlert
        error={error}
        testId="meeting-form-error"
        onReload={() => {
          close();
          onReload?.();
        }}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={meeting ? initialOf(meeting, timeZone) : { type: 'joint_meeting', tier: 'coordination', status: 'planned', participants: [], agenda: [] }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.type) form.setFieldValue('tier', DEFAULT_TIER[changed.type]);
          if ('hostMemberCode' in changed) {
            form.setFieldValue('hostCityCode', hostCityAfterMemberChange(allCities, form.getFieldValue('hostCityCode') as string | undefined, changed.hostMemberCode));
            // Checked again only now, with the city already fitted to the new member (never a stale "not in the member").
            if (form.isFieldTouched('hostCityCode') || form.getFieldError('hostCityCode').length > 0) void form.validateFields(['hostCityCode']).catch(() => undefined);
          }
        }}
        onFinish={(v) => void submit(v)}
        autoComplete="off"
      >
        <Flex gap={16}>
          <Form.Item name="type" label={t('meetings.form.type')} style={{ flex: 2 }}>
            <Select options={MEETING_TYPES.map((value) => ({ value, label: t(`meetings.type.${value}`) }))} data-testid="meeting-form-type" />
          </Form.Item>
          <Form.Item name="tier" label={t('meetings.form.tier')} style={{ flex: 1 }}>
            <Select options={MEETING_TIERS.map((value) => ({ value, label: t(`meetings.tier.${value}`) }))} data-testid="meeting-form-tier" />
          </Form.Item>
          <Form.Item name="status" label={t('meetings.form.status')} style={{ flex: 1 }}>
            <Select options={MEETING_STATUSES.map((value) => ({ value, label: t(`meetings.status.${value}`) }))} data-testid="meeting-form-status" />
          </Form.Item>
        </Flex>
        <Flex gap={16}>
          <Form.Item name="titleZh" label={t('meetings.form.titleZh')} style={{ flex: 1 }} rules={[{ required: true, whitespace: true, max: 300, message: t('meetings.form.titleRequired') }]}>
            <Input lang="zh-CN" data-testid="meeting-form-title-zh" />
          </Form.Item>
          <Form.Item name="titleEn" label={t('meetings.form.titleEn')} style={{ flex: 1 }} rules={[{ max: 300 }]}>
            <Input lang="en" data-testid="meeting-form-title-en" />
          </Form.Item>
        </Flex>
        <Flex gap={16}>
          <Form.Item name="themeZh" label={t('meetings.form.themeZh')} style={{ flex: 1 }} rules={[{ max: 300 }]}>
            <Input lang="zh-CN" data-testid="meeting-form-theme-zh" />
          </Form.Item>
          <Form.Item name="themeEn" label={t('meetings.form.themeEn')} style={{ flex: 1 }} rules={[{ max: 300 }]}>
            <Input lang="en" />
          </Form.Item>
        </Flex>
        <Flex gap={16}>
          <Form.Item
            name="startsAt"
            label={t('meetings.form.startsAt')}
            style={{ flex: 1 }}
            extra={t('meetings.form.timeHint', { timeZone })}
            rules={[{ required: true, message: t('meetings.form.timeRequired') }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="meeting-form-start" />
          </Form.Item>
          <Form.Item
            name="endsAt"
            label={t('meetings.form.endsAt')}
            style={{ flex: 1 }}
            dependencies={['startsAt']}
            rules={[
              { required: true, message: t('meetings.form.timeRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null) => {
                  const start = getFieldValue('startsAt') as Dayjs | null;
                  return value && start && value.isBefore(start) ? Promise.reject(new Error(t('meetings.form.endsBeforeStart'))) : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="meeting-form-end" />
          </Form.Item>
        </Flex>
        <Flex gap={16}>
          <Form.Item name="hostMemberCode" label={t('meetings.form.hostMember')} style={{ flex: 1 }}>
            <Select allowClear options={members} data-testid="meeting-form-host-member" />
          </Form.Item>
          <Form.Item
            name="hostCityCode"
            label={t('meetings.form.hostCity')}
            style={{ flex: 1 }}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  cityFitsHost(allCities, value, getFieldValue('hostMemberCode') as string | undefined) ? Promise.resolve() : Promise.reject(new Error(t('meetings.form.cityNotOfHost'))),
              }),
            ]}
          >
            <Select
              // A new member, a new list: opened from its top, not where the previous member's list was scrolled.
              key={hostMember ?? ''}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={cities}
              placeholder={hostMember ? undefined : t('meetings.form.hostCityHint')}
              data-testid="meeting-form-host-city"
            />
          </Form.Item>
          <Form.Item name="bodyCode" label={t('meetings.form.body')} style={{ flex: 1 }}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={bodies} />
          </Form.Item>
        </Flex>
        <Flex gap={16}>
          <Form.Item name="venueZh" label={t('meetings.form.venueZh')} style={{ flex: 1 }} rules={[{ max: 300 }]}>
            <Input lang="zh-CN" />
          </Form.Item>
          <Form.Item name="venueEn" label={t('meetings.form.venueEn')} style={{ flex: 1 }} rules={[{ max: 300 }]}>
            <Input lang="en" />
          </Form.Item>
        </Flex>
        <Form.Item name="parentMeetingId" label={t('meetings.form.parent')} extra={t('meetings.form.parentHint')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={parents.loading} options={parentOptions} data-testid="meeting-form-parent" />
        </Form.Item>

        <Divider titlePlacement="start" plain>
          {t('meetings.form.participants')}
        </Divider>
        {participantsFixed ? (
          <Alert type="info" showIcon title={t('meetings.form.participantsFixed')} style={{ marginBottom: 16 }} />
        ) : (
          <Typography.Paragraph type="secondary">{t('meetings.form.participantsHint')}</Typography.Paragraph>
        )}
        {!participantsFixed && <Form.List name="participants">
          {(fields, { add, remove }) => (
            <Flex vertical gap={0} data-testid="meeting-form-participants">
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="flex-start">
                  <Form.Item name={[field.name, 'nameZh']} style={{ flex: 2 }} rules={[{ required: true, whitespace: true, max: 300, message: t('meetings.form.nameRequired') }]}>
                    <Input placeholder={t('meetings.form.participantNameZh')} data-testid={`participant-name-${field.name}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'nameEn']} style={{ flex: 2 }} rules={[{ max: 300 }]}>
                    <Input placeholder={t('meetings.form.participantNameEn')} lang="en" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'titleZh']} style={{ flex: 2 }} rules={[{ max: 300 }]}>
                    <Input placeholder={t('meetings.form.participantTitleZh')} data-testid={`participant-title-${field.name}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'titleEn']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'memberCode']} style={{ flex: 2 }}>
                    <Select allowClear placeholder={t('meetings.form.participantMember')} options={members} data-testid={`participant-member-${field.name}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'organisation']} style={{ flex: 2 }} rules={[{ max: 300 }]}>
                    <Input placeholder={t('meetings.form.participantOrganisation')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} style={{ flex: 2 }}>
                    <Select options={PARTICIPANT_ROLES.map((value) => ({ value, label: t(`meetings.role.${value}`) }))} data-testid={`participant-role-${field.name}`} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('meetings.form.remove')} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'attendee' })} data-testid="meeting-form-participant-add" style={{ marginBottom: 16 }}>
                {t('meetings.form.participantAdd')}
              </Button>
            </Flex>
          )}
        </Form.List>}

        <Divider titlePlacement="start" plain>
          {t('meetings.form.agenda')}
        </Divider>
        <Form.List name="agenda">
          {(fields, { add, remove }) => (
            <Flex vertical gap={0} data-testid="meeting-form-agenda">
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="flex-start">
                  <Typography.Text type="secondary" style={{ width: 24, paddingTop: 5 }}>
                    {index + 1}.
                  </Typography.Text>
                  <Form.Item name={[field.name, 'titleZh']} style={{ flex: 1 }} rules={[{ required: true, whitespace: true, max: 300, message: t('meetings.form.agendaRequired') }]}>
                    <Input placeholder={t('meetings.form.agendaTitleZh')} data-testid={`agenda-title-${field.name}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'titleEn']} style={{ flex: 1 }} rules={[{ max: 300 }]}>
                    <Input placeholder={t('meetings.form.agendaTitleEn')} lang="en" />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('meetings.form.remove')} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} data-testid="meeting-form-agenda-add">
                {t('meetings.form.agendaAdd')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
