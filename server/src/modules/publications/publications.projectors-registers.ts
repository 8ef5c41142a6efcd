/**
 * The registers' public projections (services, projects, risks), as publications.projectors.ts
 * does for the work and governance records: public fields only, free text scrubbed, no person.
 *
 * Risks publish what a public page may say: the title, the area, the status and the score
 * (likelihood × impact), the owner members and the joint measures' text. Triggers, alerts and the
 * assessment history (who judged what, and why) stay internal.
 */
import { membersOf, findProject } from '../projects/projects.repository.ts';
import { findRisk, measuresOf } from '../risks/risks.repository.ts';
import { availabilityOf, findService } from '../services/services.repository.ts';
import type { Projector } from './publications.projectors.ts';
import { scrub } from './publications.scrub.ts';
import { present, snapshotBase, type SnapshotRow } from './publications.models.ts';


export const service: Projector = async (db, id, names) => {
  const s = await findService(db, id);
  if (!s) return undefined;
  const availability = await availabilityOf(db, [id]);
  return {
    ...snapshotBase('service'), code: s.code, titleZh: s.name_zh, titleEn: s.name_en, summaryZh: scrub(s.legal_basis_zh), summaryEn: scrub(s.legal_basis_en), status: s.category,
    members: present(availability.filter((a) => a.status === 'available').map((a) => names.member(a.member_code))),
    sections: [{
      key: 'availability',
      rows: availability.map((a): SnapshotRow => ({
        zh: names.member(a.member_code)!.nameZh, en: names.member(a.member_code)!.nameEn, status: a.status, date: a.since ?? null,
        detailZh: a.channels.join('、'), detailEn: a.channels.join(', '),
      })),
    }],
  };
};

export const project: Projector = async (db, id, names) => {
  const p = await findProject(db, id);
  if (!p) return undefined;
  const members = await membersOf(db, [id]);
  return {
    ...snapshotBase('project'), code: p.code, titleZh: p.title_zh, titleEn: p.title_en, summaryZh: scrub(p.description_zh), summaryEn: scrub(p.description_en),
    date: p.start_date ?? null, endDate: p.planned_completion ?? null, status: p.phase,
    members: present([names.member(p.lead_member_code), ...members.filter((m) => m.member_code !== p.lead_member_code).map((m) => names.member(m.member_code))]),
    cities: present([...new Set([p.location_city_code, ...p.city_codes].filter((c): c is string => !!c))].map((c) => names.city(c))),
  };
};

export const risk: Projector = async (db, id, names) => {
  const r = await findRisk(db, id);
  if (!r) return undefined;
  const measures = await measuresOf(db, id);
  return {
    ...snapshotBase('risk'), code: r.code, titleZh: r.title_zh, titleEn: r.title_en, summaryZh: scrub(r.description_zh), summaryEn: scrub(r.description_en), status: r.status,
    members: present(r.owner_member_codes.map((c) => names.member(c))),
    sections: [
      { key: 'riskScore', rows: [{ zh: `可能性 ${r.likelihood} × 影响 ${r.impact} = ${r.likelihood * r.impact}`, en: `Likelihood ${r.likelihood} × impact ${r.impact} = ${r.likelihood * r.impact}`, status: r.area }] },
      { key: 'measures', rows: measures.map((m) => ({ zh: scrub(m.text_zh || m.task_title_zh || m.clause_text_zh), en: scrub(m.text_en || m.task_title_en || m.clause_text_en || m.text_zh) })) },
    ],
  };
};
