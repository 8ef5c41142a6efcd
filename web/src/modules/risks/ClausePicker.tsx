/**
 * An agreement clause picked in two steps: the agreement (searchable by its
 * title in the reader's language; the agreements list endpoint, all pages —
 * the mechanism has tens of agreements, not thousands), then one of its
 * clauses by number and an excerpt of its text (the agreement's detail). The
 * form value is the clause id; an existing measure opens on its agreement.
 */
import { Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import { fetchAllPages } from '../../api/client.ts';
import type { Agreement } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { agreementsApi } from '../agreements/agreementsApi.ts';

const EXCERPT = 60;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

export function ClausePicker({ value, onChange, initialAgreementId }: { value?: string; onChange?: (v: string | undefined) => void; initialAgreementId?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [agreementId, setAgreementId] = useState<string | undefined>(initialAgreementId);
  const agreements = useApi((signal) => fetchAllPages<Agreement>('/api/v1/agreements', {}, signal), 'risk-measure-agreements');
  const detail = useApi((signal) => (agreementId ? agreementsApi.get(agreementId, signal) : Promise.resolve(null)), `risk-measure-agreement:${agreementId ?? ''}`);
  const title = (a: { titleZh: string; titleEn: string }) => (locale === 'en' ? a.titleEn || a.titleZh : a.titleZh);
  const clauses = detail.data?.id === agreementId ? detail.data?.clauses ?? [] : [];
  return (
    <Flex gap={8} wrap style={{ flex: '1 1 100%', minWidth: 0 }}>
      <Select
        showSearch optionFilterProp="label" value={agreementId} loading={agreements.loading} style={{ flex: '1 1 220px', minWidth: 0 }}
        onChange={(id: string) => { setAgreementId(id); onChange?.(undefined); }}
        options={(agreements.data ?? []).map((a) => ({ value: a.id, label: title(a) }))}
        placeholder={t('risks.measures.findAgreement')} aria-label={t('risks.measures.agreement')} data-testid="measure-agreement"
      />
      <Select
        showSearch optionFilterProp="label" value={value} onChange={(id: string) => onChange?.(id)} disabled={!agreementId} loading={detail.loading}
        style={{ flex: '1 1 220px', minWidth: 0 }}
        options={clauses.map((c, i) => ({ value: c.id, label: `${i + 1}. ${excerpt(locale === 'en' ? c.textEn || c.textZh : c.textZh)}` }))}
        placeholder={t('risks.measures.pickClause')} aria-label={t('risks.measures.clause')} data-testid="measure-clause"
      />
    </Flex>
  );
}
