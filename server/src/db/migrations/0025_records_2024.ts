import { sql, type Kysely } from 'kysely';

/**
 * The real 2024 records, made to agree with themselves and the source (issue 14,
 * item 5), for installs that loaded the record files before they were
 * corrected (the files under data/records carry the same corrections):
 * - the plans' adoption is the adopting decision's time (18:00 on 5 June), not 09:00;
 * - the Office's implementation plan is 职能 (functions) everywhere, as its own record;
 * - the symposium's agenda completes on 6 June before the results conference,
 *   and the next host is fixed within the symposium;
 * - the Three-Year Action Plan focuses on three aspects (the source); the six
 *   were discussed at the symposium.
 * Times of day stay nominal: the source gives none. Only rows still holding the
 * loaded values are changed, so an Office's later edits are kept.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    UPDATE plan_transitions SET occurred_at = '2024-06-05T18:00:00+08:00'
     WHERE occurred_at = '2024-06-05T09:00:00+08:00' AND to_status = 'adopted_in_principle'
       AND plan_id IN (SELECT id FROM plans WHERE code IN ('YRD-TYAP-2024-2026', 'YRD-RCO-STRENGTHEN-2024') AND NOT is_demo);

    UPDATE plans SET
      description_zh = '2024年长三角地区主要领导座谈会原则审议通过。重点聚焦科技创新和产业创新跨区域协同、一体化发展体制机制、高层次协同开放三个方面（来源原文）；座谈会另围绕六个方面进行了深入讨论。',
      description_en = 'Adopted in principle by the 2024 Annual Symposium of Key Leaders. Per the source it focuses on three: cross-regional synergy of sci-tech and industrial innovation, institutional mechanisms for integrated development, and high-level synergistic opening-up; the symposium discussed six major aspects besides.',
      updated_at = now(), version = version + 1
     WHERE code = 'YRD-TYAP-2024-2026' AND NOT is_demo AND description_zh LIKE '%六个方面，以及区域合作机制。';

    UPDATE agenda_items SET title_zh = replace(title_zh, '合作办公室功能', '合作办公室职能')
     WHERE title_zh LIKE '%合作办公室功能%' AND meeting_id IN (SELECT id FROM meetings WHERE record_key = 'yrd-2024-symposium');
    UPDATE decisions SET title_zh = replace(title_zh, '合作办公室功能', '合作办公室职能')
     WHERE title_zh LIKE '%合作办公室功能%' AND meeting_id IN (SELECT id FROM meetings WHERE record_key = 'yrd-2024-symposium');

    UPDATE decisions SET decided_at = '2024-06-06T10:00:00+08:00'
     WHERE decided_at = '2024-06-06T12:00:00+08:00' AND meeting_id IN (SELECT id FROM meetings WHERE record_key = 'yrd-2024-symposium');
    UPDATE meetings SET ends_at = '2024-06-06T10:00:00+08:00', updated_at = now(), version = version + 1
     WHERE record_key = 'yrd-2024-symposium' AND ends_at = '2024-06-06T12:00:00+08:00';
    UPDATE meetings SET starts_at = '2024-06-06T10:30:00+08:00', updated_at = now(), version = version + 1
     WHERE record_key = 'yrd-2024-results-conference' AND starts_at = '2024-06-06T10:00:00+08:00';
  `.execute(db);
}
