/**
 * The meeting list as .xlsx (issue 17, item 3): the same filters and order as
 * GET /api/v1/meetings, every page, bilingual headers and an About sheet.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { recordAuditEvent } from '../audit/audit.usecases.ts';
import { cursorBatches, exportedByOf, filtersOf, inSnapshot } from '../excel/excel.list-reply.ts';
import { writeListExport, type ListColumn } from '../excel/excel.list-export.ts';
import type { findMeeting } from './meetings.repository.ts';
import { listMeetings } from './meetings.usecases.ts';

type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;
type Labels = Record<string, string>;
const TYPE: Labels = {
  annual_symposium: '主要领导座谈会 Annual Symposium of Key Leaders',
  joint_meeting: '合作与发展联席会议 Joint Meeting on Cooperation and Development',
  sg_symposium: '秘书长座谈会 Secretaries-General Symposium',
  research_symposium: '研究室主任座谈会 Research Office Directors Symposium',
  working_group: '专题工作组会议 Working group meeting',
  forum: '论坛 Forum',
  results_conference: '成果发布会 Results conference',
  site_visit: '考察 Site visit',
};
const TIER: Labels = { decision: '决策层 Decision', coordination: '协调层 Coordination', execution: '执行层 Execution' };
const STATUS: Labels = { planned: '筹备中 Planned', published: '已发布 Published', held: '已召开 Held', cancelled: '已取消 Cancelled' };

export const MEETING_EXPORT_COLUMNS: ListColumn<MeetingRow>[] = [
  { zh: '开始时间', en: 'Starts', width: 18, kind: 'datetime', value: (m) => m.starts_at },
  { zh: '结束时间', en: 'Ends', width: 18, kind: 'datetime', value: (m) => m.ends_at },
  { zh: '仅知日期', en: 'Date only', width: 10, value: (m) => (m.time_of_day_known ? '' : '是 yes') },
  { zh: '会议名称（中文）', en: 'Title (Chinese)', width: 40, value: (m) => m.title_zh },
  { zh: '会议名称（英文）', en: 'Title (English)', width: 40, value: (m) => m.title_en },
  { zh: '类型', en: 'Type', width: 28, value: (m) => TYPE[m.type] ?? m.type },
  { zh: '层级', en: 'Tier', width: 16, value: (m) => TIER[m.tier] ?? m.tier },
  { zh: '工作组', en: 'Body', width: 14, value: (m) => m.body_code },
  { zh: '承办成员方', en: 'Host member', width: 12, value: (m) => m.host_member_code },
  { zh: '承办城市', en: 'Host city', width: 12, value: (m) => m.host_city_code },
  { zh: '地点', en: 'Venue', width: 28, value: (m) => [m.venue_zh, m.venue_en].filter(Boolean).join(' / ') },
  { zh: '主题', en: 'Theme', width: 36, value: (m) => [m.theme_zh, m.theme_en].filter(Boolean).join(' / ') },
  { zh: '状态', en: 'Status', width: 14, value: (m) => STATUS[m.status] ?? m.status },
  { zh: '演示数据', en: 'Demo', width: 8, value: (m) => (m.is_demo ? '是 yes' : '') },
];

export type MeetingExportFilter = Omit<Parameters<typeof listMeetings>[1], 'limit' | 'cursor'>;

export async function exportMeetings(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor; principal: Principal }, filter: MeetingExportFilter) {
  const now = deps.clock.now();
  const filters = filtersOf({ ...filter });
  const result = await inSnapshot(deps.db, (db) =>
    writeListExport(
      { sheetZh: '会议', sheetEn: 'Meetings', exportedBy: exportedByOf(deps.principal), exportedAt: now, filters, source: '/api/v1/meetings/export.xlsx' },
      MEETING_EXPORT_COLUMNS,
      cursorBatches((cursor, limit) => listMeetings({ db, clock: deps.clock }, { ...filter, cursor, limit })),
    ),
  );
  await recordAuditEvent(deps, { action: 'meeting.export', objectType: 'meeting', summary: { filters, rows: result.count, truncated: result.truncated } });
  return { ...result, date: calendarDateIn(now, 'Asia/Shanghai') };
}
