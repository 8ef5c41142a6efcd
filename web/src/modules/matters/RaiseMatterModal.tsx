/**
 * Raising a major matter. A liaison or editor raises it in the name of its own
 * member (fixed when it has only one); the Office for any member or for a
 * working group (a body). The raising
 * member is party to the matter anyway; the others affected are chosen here.
 * It starts at the execution tier with that tier's deadline.
 */
import { Flex, Form, Input, Modal, Radio, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { MATTER_URGENCIES, type MatterUrgency } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DescriptionFields } from '../../shell/DescriptionFields.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { useFormGuard } from '../../shell/unsaved.tsx';
import { useCurrentUser } from '../auth/session.tsx';
import { areaTreeOptions, useAreas } from '../plans/areas.ts';
import { bodyName, memberOptions } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { isMatterOffice, raisingMembers } from './access.ts';
import { mattersApi } from './mattersApi.ts';

interface Values {
  titleZh: string;
  titleEn?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  raiserKind: 'member' | 'body';
  raisedByMemberCode?: string;
  raisedByBodyCode?: string;
  affectedMemberCodes?: string[];
  focusAreaId?: string;
  urgency: MatterUrgency;
}

interface Props {
  open: boolean;
  onClose: () => void;
  onRaised: (id: string) => void;
}

export function RaiseMatterModal({ open, onClose, onRaised }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const office = isMatterOffice(user);
  const own = raisingMembers(user);
  const { reference } = useReference();
  const { areas } = useAreas();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, save } = useFormSave(form);
  const raiserKind = Form.useWatch('raiserKind', form);
  const raisingMember = Form.useWatch('raisedByMemberCode', form);
  const members = reference?.members ?? [];
  // A liaison or editor may only raise for its own member(s); the Office for any.
  const raiserMembers = office ? members : members.filter((m) => own.includes(m.code));

  // Typed text asks before it is dropped; titles and descriptions are kept as a local draft until the matter is raised.
  const guard = useFormGuard({ form, open, draftKey: 'matter:new', draftFields: ['titleZh', 'titleEn', 'descriptionZh', 'descriptionEn'] });
  const close = () => {
    setError(undefined);
    onClose();
  };
  const cancel = () => guard.confirmClose(close);

  const submit = (values: Values) =>
    save(async () => {
      const byBody = office && values.raiserKind === 'body';
      const { id } = await mattersApi.raise({
        titleZh: values.titleZh.trim(),
        titleEn: values.titleEn?.trim() ?? '',
        descriptionZh: values.descriptionZh ?? '',
        descriptionEn: values.descriptionEn ?? '',
        raisedByMemberCode: byBody ? null : (values.raisedByMemberCode ?? null),
        raisedByBodyCode: byBody ? (values.raisedByBodyCode ?? null) : null,
        affectedMemberCodes: (values.affectedMemberCodes ?? []).filter((code) => byBody || code !== values.raisedByMemberCode),
        focusAreaId: values.focusAreaId ?? null,
        urgency: values.urgency,
      });
      guard.submitted();
      onClose();
      onRaised(id);
    });

  return (
    <Modal
      open={open}
      title={t('matters.form.title')}
      width={760}
      onCancel={cancel}
      mask={{ closable: false }}
      destroyOnHidden
      footer={<ModalFormFooter form={form} onCancel={cancel} saving={saving} submitLabel={t('matters.form.submit')} submitTestId="matter-form-submit" />}
    >
      <ErrorAlert error={error} testId="matter-form-error" />
      {guard.banner}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ raiserKind: 'member', raisedByMemberCode: office ? undefined : own[0], urgency: 'normal' }}
        onValuesChange={guard.onValuesChange}
        onFinish={(v) => void submit(v)}
        autoComplete="off"
      >
        <Form.Item name="titleZh" label={t('matters.form.titleZh')} rules={[{ required: true, whitespace: true, max: 300, message: t('matters.form.titleRequired') }]}>
          <Input lang="zh-CN" data-testid="matter-form-title-zh" />
        </Form.Item>
        <Form.Item name="titleEn" label={t('matters.form.titleEn')} rules={[{ max: 300 }]}>
          <Input lang="en" data-testid="matter-form-title-en" />
        </Form.Item>
        <Flex gap={16} wrap>
          {office && (
            <Form.Item name="raiserKind" label={t('matters.form.raiserKind')}>
              <Radio.Group
                optionType="button"
                options={(['member', 'body'] as const).map((k) => ({ value: k, label: t(`matters.form.raiserKinds.${k}`) }))}
                data-testid="matter-form-raiser-kind"
              />
            </Form.Item>
          )}
          {office && raiserKind === 'body' ? (
            <Form.Item
              name="raisedByBodyCode"
              label={t('matters.form.raisedByBody')}
              style={{ flex: 1, minWidth: 240 }}
              rules={[{ required: true, message: t('matters.form.raiserRequired') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(reference?.bodies ?? []).map((b) => ({ value: b.code, label: bodyName(b, locale) }))}
                data-testid="matter-form-body"
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="raisedByMemberCode"
              label={t('matters.form.raisedByMember')}
              extra={office ? undefined : t('matters.form.ownMemberHint')}
              style={{ flex: 1, minWidth: 200 }}
              rules={[{ required: true, message: t('matters.form.raiserRequired') }]}
            >
              <Select disabled={!office && own.length <= 1} options={memberOptions(raiserMembers, locale)} data-testid="matter-form-member" />
            </Form.Item>
          )}
        </Flex>
        <Form.Item name="affectedMemberCodes" label={t('matters.form.affected')} extra={raiserKind === 'body' ? undefined : t('matters.form.affectedHint')}>
          <Select
            mode="multiple"
            allowClear
            options={memberOptions(
              members.filter((m) => raiserKind === 'body' || m.code !== raisingMember),
              locale,
            )}
            data-testid="matter-form-affected"
          />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="focusAreaId" label={t('matters.form.area')} style={{ flex: 2, minWidth: 260 }}>
            <TreeSelect allowClear treeDefaultExpandAll treeData={areaTreeOptions(areas, locale)} data-testid="matter-form-area" />
          </Form.Item>
          <Form.Item name="urgency" label={t('matters.form.urgency')} tooltip={t('matters.form.urgencyHint')} style={{ flex: 1, minWidth: 160 }}>
            <Select options={MATTER_URGENCIES.map((u) => ({ value: u, label: t(`matters.urgency.${u}`) }))} data-testid="matter-form-urgency" />
          </Form.Item>
        </Flex>
        <DescriptionFields labelZh={t('matters.form.descriptionZh')} labelEn={t('matters.form.descriptionEn')} />
      </Form>
    </Modal>
  );
}
