/**
 * Role, member and body pickers for one role grant. Liaison and editor act for
 * exactly one member (and optionally one of its bodies, e.g. its development
 * and reform commission); the other roles act for the whole region, so member
 * and body are cleared and disabled for them.
 */
import { Form, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEMBER_SCOPED_ROLES, ROLE_NAMES, type Body, type RoleName } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { bodyName, memberName } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';

type NamePath = (string | number)[];

interface Props {
  form: FormInstance;
  /** Names of the fields relative to their Form.Item context: [] at the top, [field.name] inside a Form.List. */
  prefix: NamePath;
  /** The Form.List the fields sit in, if any: watching and setting values needs the full path. */
  listName?: string;
  /** Show field labels (first row of a list, or a single grant form). */
  showLabels?: boolean;
}

export function isMemberScoped(role: RoleName | undefined): boolean {
  return role !== undefined && MEMBER_SCOPED_ROLES.includes(role);
}

/** Bodies a member-scoped role can sit in: the member's own, and the shared execution bodies. */
function bodiesFor(bodies: readonly Body[], memberCode: string | undefined): { own: Body[]; shared: Body[] } {
  return {
    own: bodies.filter((b) => memberCode !== undefined && b.memberCode === memberCode),
    shared: bodies.filter((b) => b.memberCode === null && b.tier === 'execution'),
  };
}

export function RoleFields({ form, prefix, listName, showLabels = true }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const fullPrefix = listName ? [listName, ...prefix] : prefix;
  const role = Form.useWatch<RoleName | undefined>([...fullPrefix, 'role'], form);
  const memberCode = Form.useWatch<string | undefined>([...fullPrefix, 'memberCode'], form);
  const scoped = isMemberScoped(role);
  const { own, shared } = bodiesFor(reference?.bodies ?? [], memberCode);
  const label = (text: string) => (showLabels ? text : undefined);

  return (
    <>
      <Form.Item
        name={[...prefix, 'role']}
        label={label(t('users.role'))}
        rules={[{ required: true, message: t('users.roleRequired') }]}
        style={{ minWidth: 150, marginBottom: 12 }}
      >
        <Select
          placeholder={t('users.role')}
          options={ROLE_NAMES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          onChange={(next: RoleName) => {
            if (!isMemberScoped(next)) {
              form.setFieldValue([...fullPrefix, 'memberCode'], undefined);
              form.setFieldValue([...fullPrefix, 'bodyCode'], undefined);
            }
          }}
          data-testid="role-select"
        />
      </Form.Item>
      <Form.Item
        name={[...prefix, 'memberCode']}
        label={label(t('users.member'))}
        rules={[{ required: scoped, message: t('users.memberRequired') }]}
        style={{ minWidth: 170, marginBottom: 12 }}
      >
        <Select
          allowClear
          disabled={!scoped}
          placeholder={scoped ? t('users.member') : t('users.wholeRegion')}
          options={(reference?.members ?? []).map((m) => ({ value: m.code, label: `${memberName(m, locale)} (${m.code})` }))}
          onChange={() => form.setFieldValue([...fullPrefix, 'bodyCode'], undefined)}
          data-testid="member-select"
        />
      </Form.Item>
      <Form.Item name={[...prefix, 'bodyCode']} label={label(t('users.bodyOptional'))} style={{ minWidth: 220, marginBottom: 12 }}>
        <Select
          allowClear
          disabled={!scoped || !memberCode}
          placeholder={t('users.body')}
          popupMatchSelectWidth={false}
          options={[
            { label: t('users.bodiesOfMember'), options: own.map((b) => ({ value: b.code, label: bodyName(b, locale) })) },
            { label: t('users.sharedBodies'), options: shared.map((b) => ({ value: b.code, label: bodyName(b, locale) })) },
          ].filter((group) => group.options.length > 0)}
          data-testid="body-select"
        />
      </Form.Item>
    </>
  );
}
