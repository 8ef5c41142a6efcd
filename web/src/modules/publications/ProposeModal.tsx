/** Propose a record for publication: its kind, the record (searched by title or code), the disclosure level. */
import { Form, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale.ts';
import { errorMessage } from '../../shell/errors.ts';
import { indicatorsApi } from '../indicators/indicatorsApi.ts';
import { searchApi } from '../search/searchApi.ts';
import { DISCLOSURES, PUBLISHABLE_KINDS, publicationsApi, type Disclosure } from './publicationsApi.ts';

type Kind = (typeof PUBLISHABLE_KINDS)[number];
interface Option { value: string; label: string }

/** Typed search text: trimmed, control characters dropped, bounded (the server refuses the rest anyway). */
const cleanQuery = (q: string) => q.replace(/\p{Cc}/gu, '').trim().slice(0, 100);

export function ProposeModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<{ kind: Kind; recordId: string; disclosure: Disclosure }>();
  const kind = Form.useWatch('kind', form);
  const [options, setOptions] = useState<Option[]>([]);
  const [query, setQuery] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!kind) return;
    const controller = new AbortController();
    const q = cleanQuery(query);
    const title = (zh: string, en: string) => (locale === 'en' ? en || zh : zh || en);
    const load = kind === 'indicator'
      ? indicatorsApi.list(q ? { q } : {}, controller.signal).then((items) => items.map((i) => ({ value: i.id, label: `${i.code} ${title(i.nameZh, i.nameEn)}` })))
      : q.length === 0
        ? Promise.resolve([])
        : searchApi.search(q, controller.signal).then((r) => r.items.filter((h) => h.kind === kind).map((h) => ({ value: h.id, label: `${h.code ? `${h.code} ` : ''}${title(h.titleZh, h.titleEn)}` })));
    load.then(setOptions).catch(() => undefined);
    return () => controller.abort();
  }, [kind, query, locale]);

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const { id } = await publicationsApi.propose(values);
      form.resetFields();
      onDone(id);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={t('publications.propose')} onCancel={onClose} onOk={() => void submit()} okText={t('publications.proposeSubmit')} confirmLoading={saving} destroyOnHidden width={560}>
      <Form form={form} layout="vertical" initialValues={{ disclosure: 'public' }} data-testid="publication-propose-form">
        <Form.Item name="kind" label={t('publications.kind')} rules={[{ required: true, message: t('publications.kindRequired') }]}>
          <Select data-testid="publication-kind" options={PUBLISHABLE_KINDS.map((k) => ({ value: k, label: t(`publications.kinds.${k}`) }))} onChange={() => { form.setFieldValue('recordId', undefined); setOptions([]); setQuery(''); }} />
        </Form.Item>
        <Form.Item name="recordId" label={t('publications.record')} extra={t('publications.recordHint')} rules={[{ required: true, message: t('publications.recordRequired') }]}>
          <Select data-testid="publication-record" showSearch disabled={!kind} filterOption={false} onSearch={(q) => setQuery(q.slice(0, 100))} options={options} notFoundContent={t('publications.noRecords')} />
        </Form.Item>
        <Form.Item name="disclosure" label={t('publications.disclosure')} extra={t('publications.disclosureHint')}>
          <Radio.Group options={DISCLOSURES.map((d) => ({ value: d, label: t(`publications.disclosures.${d}`) }))} />
        </Form.Item>
        {error && <div role="alert" className="ant-form-item-explain-error">{error}</div>}
      </Form>
    </Modal>
  );
}
