/**
 * The project list as .xlsx (the list's filters applied, every page): one row
 * per project with its investment in the stated currency and unit, members,
 * cities, progress and the rule that made it; demo rows say so in their own
 * column. Written by the shared list writer (bilingual header, neutralised
 * text, About sheet with when, by whom, which filters and from where).
 */
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { recordAuditEvent } from '../audit/audit.usecases.ts';
import { cursorBatches, exportedByOf, filtersOf, inSnapshot } from '../excel/excel.list-reply.ts';
import { writeListExport, type ListColumn } from '../excel/excel.list-export.ts';
import { PHASE_LABELS, TYPE_LABELS, UNIT_LABELS } from './projects.models.ts';
import type { ProjectFilter } from './projects.repository.ts';
import { listProjects, type Enriched } from './projects.usecases.ts';

const both = (l: { zh: string; en: string } | undefined, raw: string) => (l ? `${l.zh} ${l.en}` : raw);

export const PROJECT_EXPORT_COLUMNS: ListColumn<Enriched>[] = [
  { zh: '项目代码', en: 'Code', width: 16, value: (e) => e.project.code },
  { zh: '名称', en: 'Title (zh)', width: 36, value: (e) => e.project.title_zh },
  { zh: '英文名称', en: 'Title (en)', width: 36, value: (e) => e.project.title_en },
  { zh: '类型', en: 'Type', width: 16, value: (e) => both(TYPE_LABELS[e.project.type], e.project.type) },
  { zh: '阶段', en: 'Phase', width: 16, value: (e) => both(PHASE_LABELS[e.project.phase], e.project.phase) },
  { zh: '牵头成员', en: 'Lead member', width: 12, value: (e) => e.project.lead_member_code },
  { zh: '参与成员', en: 'Members', width: 20, value: (e) => e.members.map((m) => m.memberCode).join(', ') },
  { zh: '涉及城市', en: 'Cities', width: 20, value: (e) => e.project.city_codes.join(', ') },
  { zh: '所在城市', en: 'Location', width: 12, value: (e) => e.project.location_city_code },
  { zh: '开工', en: 'Start', width: 12, kind: 'date', value: (e) => e.project.start_date },
  { zh: '计划完成', en: 'Planned completion', width: 12, kind: 'date', value: (e) => e.project.planned_completion },
  { zh: '币种', en: 'Currency', width: 8, value: (e) => e.project.currency },
  { zh: '单位', en: 'Unit', width: 14, value: (e) => both(UNIT_LABELS[e.project.unit], e.project.unit) },
  { zh: '总投资', en: 'Total investment', width: 14, kind: 'number', value: (e) => (e.project.total_investment === null ? null : Number(e.project.total_investment)) },
  { zh: '分成员投资', en: 'Investment per member', width: 24, value: (e) => e.members.filter((m) => m.investment !== null).map((m) => `${m.memberCode}: ${m.investment}`).join('; ') },
  { zh: '进度 %', en: 'Progress %', width: 10, kind: 'number', value: (e) => e.progress.percent },
  { zh: '进度规则', en: 'Progress rule', width: 36, value: (e) => `${e.progress.ruleZh}\n${e.progress.ruleEn}` },
  { zh: '逾期里程碑督办', en: 'Open flags', width: 12, kind: 'number', value: (e) => e.openFlags },
  { zh: '演示数据', en: 'Demo', width: 10, value: (e) => (e.project.is_demo ? '演示 Demo' : '') },
];

export async function exportProjects(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor; principal: Principal }, filter: ProjectFilter) {
  const now = deps.clock.now();
  const filters = filtersOf({ ...filter });
  const result = await inSnapshot(deps.db, (db) =>
    writeListExport(
      { sheetZh: '重点项目', sheetEn: 'Projects', exportedBy: exportedByOf(deps.principal), exportedAt: now, filters, source: '/api/v1/projects/export.xlsx' },
      PROJECT_EXPORT_COLUMNS,
      cursorBatches((cursor, limit) => listProjects({ db, clock: deps.clock }, { ...filter, cursor, limit })),
    ),
  );
  await recordAuditEvent(deps, { action: 'project.export', objectType: 'project', summary: { filters, rows: result.count, truncated: result.truncated } });
  return { ...result, date: calendarDateIn(now, 'Asia/Shanghai') };
}
