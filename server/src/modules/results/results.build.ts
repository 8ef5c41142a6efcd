/**
 * Builds a results report from the records: never a typed figure. The annual and member reports'
 * headline figures are the dashboard's own (dashboard.usecases summary for the year: the same
 * rules, the same drill-down lists); every other figure is the length of a list read here, which
 * the appendix prints in full, so each figure can be traced to its records.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { WorkStatus } from '../../db/schema.ts';
import { summary } from '../dashboard/dashboard.usecases.ts';
import { getValues, listMethods } from '../composite-index/composite-index.usecases.ts';
import { BODY_ROWS, HREF, label, periodOf, pick, PROJECT_PHASE_LABEL, RISK_STATUS_LABEL, t, WORK_STATUS_LABEL, type Lang, type RefKind, type ReportKey } from './results.models.ts';
import * as repo from './results.repository.ts';
import type { Figure, RecordRef, ReportBlock, ResultsReport } from './results.schemas.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;
type Edition = Awaited<ReturnType<typeof repo.findEdition>>;
type Row = { cells: (string | number | null)[]; ref: RecordRef | null };

const BEHIND: WorkStatus[] = ['at_risk', 'delayed'];
const ALL: WorkStatus[] = ['completed', 'on_track', 'at_risk', 'delayed', 'not_started'];
const REASON_CHARS = 200;

const ref = (kind: RefKind, id: string, code: string | null, title: string): RecordRef => ({ kind, id, code, title, href: HREF[kind](id, code) });
const day = (d: Date | string | null) => (d === null ? '' : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));
const clip = (text: string | null, n: number) => {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
};
const num = (v: string | null) => (v === null ? null : Math.round(Number(v) * 100) / 100);

/** Everything the report reads, side by side. */
async function load(deps: Deps, key: ReportKey) {
  const period = periodOf(key);
  const member = key.kind === 'member' ? key.memberCode : null;
  const yearly = key.kind !== 'quarterly';
  const [dashboard, tasks, behind, meetings, decisions, agreements, matters, indicators, methods, projects, risks, services, members, edition] = await Promise.all([
    yearly ? summary(deps, key.year) : null,
    repo.tasksDue(deps.db, period, ALL, member, false),
    repo.tasksDue(deps.db, period, BEHIND, member, true),
    repo.meetingsIn(deps.db, period, member),
    repo.decisionsIn(deps.db, period, member),
    repo.agreementsSigned(deps.db, period, member),
    repo.mattersResolved(deps.db, period, member),
    yearly ? repo.indicatorValues(deps.db, key.year, member) : [],
    yearly ? listMethods(deps) : [],
    repo.projectsOf(deps.db, member),
    repo.risksOf(deps.db, member),
    repo.servicesOf(deps.db, member),
    repo.members(deps.db),
    repo.findEdition(deps.db, key),
  ]);
  const published = methods.filter((m) => m.current_version !== null);
  const index = await Promise.all(published.map(async (m) => ({ method: m, values: (await getValues(deps, m.code, { from: key.year, to: key.year })).values })));
  return { period, member, dashboard, tasks, behind, meetings, decisions, agreements, matters, indicators, index, projects, risks, services, members, edition };
}

type Loaded = Awaited<ReturnType<typeof load>>;

/** The report in one language. `edition` narratives are included as they stand now. */
export async function buildReport(deps: Deps, key: ReportKey, lang: Lang): Promise<ResultsReport> {
  const data = await load(deps, key);
  return assemble(deps, key, lang, data);
}

function assemble(deps: Deps, key: ReportKey, lang: Lang, d: Loaded): ResultsReport {
  const memberName = (code: string | null) => {
    const m = d.members.find((x) => x.code === code);
    return m ? pick(lang, m.name_zh, m.name_en) : (code ?? '');
  };
  const scopeName = (code: string) => (d.members.some((m) => m.code === code) ? memberName(code) : t(lang, '长三角区域', 'Yangtze River Delta'));
  const blocks: ReportBlock[] = [];
  const appendix: ResultsReport['appendix'] = [];
  let demo = false;
  let headingNo = 0;
  const heading = (zh: string, en: string, level: 1 | 2 = 1) => {
    const anchor = level === 1 ? `s${++headingNo}` : `s${headingNo}-${blocks.length}`;
    blocks.push({ type: 'heading', level, text: t(lang, zh, en), anchor });
  };
  const list = (key: string, zh: string, en: string, refs: RecordRef[]) => {
    appendix.push({ key, title: t(lang, zh, en), refs });
    return key;
  };
  /** A table capped at BODY_ROWS, its records complete in the appendix list `appendixKey`. */
  const table = (caption: string, columns: string[], rows: Row[], appendixKey: string | null) => {
    if (rows.length === 0) {
      blocks.push({ type: 'paragraph', text: t(lang, '本期无。', 'None in this period.') });
      return;
    }
    blocks.push({ type: 'table', caption, columns, rows: rows.slice(0, BODY_ROWS), more: Math.max(0, rows.length - BODY_ROWS), appendixKey });
  };
  const narrative = (which: 'foreword' | 'outlook') => {
    const e: Edition = d.edition;
    const text = which === 'foreword' ? pick(lang, e?.foreword_zh, e?.foreword_en) : pick(lang, e?.outlook_zh, e?.outlook_en);
    blocks.push({ type: 'narrative', key: which, text });
  };
  const taskRef = (r: Loaded['tasks'][number]) => ref('task', r.id, r.code, pick(lang, r.title_zh, r.title_en));

  // Titles.
  const memberTitle = memberName(d.member);
  const title =
    key.kind === 'annual' ? t(lang, `长三角区域合作 ${key.year} 年度成果报告`, `Yangtze River Delta Cooperation: Results Report ${key.year}`)
    : key.kind === 'quarterly' ? t(lang, `长三角区域合作 ${key.year} 年第${'一二三四'[key.quarter! - 1]}季度工作简报`, `Yangtze River Delta Cooperation: Bulletin, Q${key.quarter} ${key.year}`)
    : t(lang, `${memberTitle} ${key.year} 年度长三角合作成果报告`, `${memberTitle}: Yangtze River Delta Cooperation Results ${key.year}`);
  const subtitle = t(lang, `报告期：${d.period.start} 至 ${d.period.end}`, `Period: ${d.period.start} to ${d.period.end}`);

  // 1. Foreword.
  heading('前言', 'Foreword');
  narrative('foreword');

  // 2. Headline figures.
  heading('主要数据', 'Headline figures');
  const completed = d.tasks.filter((r) => r.status === 'completed');
  const completedKey = list('tasks-completed', '已完成的任务', 'Tasks completed', completed.map(taskRef));
  const behindKey = list('tasks-behind', '滞后（有风险或延误）的任务', 'Tasks behind (at risk or delayed)', d.behind.map(taskRef));
  const allKey = list('tasks-due', '本期到期的任务', 'Tasks due in the period', d.tasks.map(taskRef));
  const decisionsKey = list('decisions', '本期作出的决定', 'Decisions taken', d.decisions.map((r) => ref('decision', r.id, null, pick(lang, r.title_zh, r.title_en))));
  const mattersKey = list('matters-resolved', '本期解决的重大事项', 'Major matters resolved', d.matters.map((r) => ref('matter', r.id, null, pick(lang, r.title_zh, r.title_en))));
  const meetingsKey = list('meetings', '本期召开的会议', 'Meetings held', d.meetings.map((r) => ref('meeting', r.id, null, pick(lang, r.title_zh, r.title_en))));
  const agreementsKey = list('agreements', '本期签署的协议', 'Agreements signed', d.agreements.map((r) => ref('agreement', r.id, null, pick(lang, r.title_zh, r.title_en))));
  const countDemo = (rows: { is_demo: boolean }[]) => rows.filter((r) => r.is_demo).length;
  const fig = (k: string, zh: string, en: string, value: number, demoCount: number, drillHref: string | null, appendixKey: string | null, unit: [string, string] = ['项', '']): Figure =>
    ({ key: k, label: t(lang, zh, en), value, unit: t(lang, unit[0], unit[1]), drillHref, appendixKey, demo: demoCount });
  const figures: Figure[] = [];
  const dash = d.dashboard;
  if (key.kind === 'annual' && dash) {
    figures.push(
      fig('tasks.total', '当年到期任务', 'Tasks due in the year', dash.tasks.total.value, dash.tasks.total.demo, dash.tasks.total.drill, allKey),
      fig('tasks.completed', '已完成', 'Completed', dash.tasks.completed.value, dash.tasks.completed.demo, dash.tasks.completed.drill, completedKey),
      fig('tasks.onTrack', '正常推进', 'On track', dash.tasks.onTrack.value, dash.tasks.onTrack.demo, dash.tasks.onTrack.drill, allKey),
      fig('tasks.behind', '滞后', 'Behind', dash.tasks.behind.value, dash.tasks.behind.demo, dash.tasks.behind.drill, behindKey),
      fig('reports.acceptedOnTime', '按期报送并采纳的进展报告', 'Reports accepted, filed on time', dash.reports.acceptedOnTime.value, dash.reports.acceptedOnTime.demo, dash.reports.acceptedOnTime.drill, null, ['份', '']),
      fig('matters.resolved', '解决的重大事项', 'Major matters resolved', dash.matters.resolved.value, dash.matters.resolved.demo, dash.matters.resolved.drill, mattersKey),
      fig('decisions.implemented', '已落实的会议决定', 'Decisions implemented', dash.decisions.implemented.value, dash.decisions.implemented.demo, dash.decisions.implemented.drill, decisionsKey),
    );
  } else if (key.kind === 'member' && dash) {
    const row = dash.byMember.find((m) => m.memberCode === d.member)!;
    const status = (s: WorkStatus) => row.statuses.find((x) => x.status === s)!;
    figures.push(
      fig('shares.total', '当年到期的本方分工', 'Own shares due in the year', row.total.value, row.total.demo, row.total.drill, allKey),
      fig('shares.completed', '已完成', 'Completed', status('completed').value, status('completed').demo, status('completed').drill, completedKey),
      fig('shares.onTrack', '正常推进', 'On track', status('on_track').value, status('on_track').demo, status('on_track').drill, allKey),
      fig('shares.behind', '滞后', 'Behind', status('at_risk').value + status('delayed').value, status('at_risk').demo + status('delayed').demo, null, behindKey),
    );
  } else {
    const by = (s: WorkStatus[]) => d.tasks.filter((r) => s.includes(r.status));
    figures.push(
      fig('tasks.total', '本季度到期任务', 'Tasks due in the quarter', d.tasks.length, countDemo(d.tasks), null, allKey),
      fig('tasks.completed', '已完成', 'Completed', completed.length, countDemo(completed), null, completedKey),
      fig('tasks.onTrack', '正常推进', 'On track', by(['on_track']).length, countDemo(by(['on_track'])), null, allKey),
      fig('tasks.behind', '滞后', 'Behind', d.behind.length, countDemo(d.behind), null, behindKey),
      fig('matters.resolved', '解决的重大事项', 'Major matters resolved', d.matters.length, countDemo(d.matters), null, mattersKey),
      fig('decisions.total', '作出的决定', 'Decisions taken', d.decisions.length, countDemo(d.decisions), null, decisionsKey),
    );
  }
  figures.push(
    fig('meetings.held', '召开的会议', 'Meetings held', d.meetings.length, countDemo(d.meetings), null, meetingsKey, ['次', '']),
    fig('agreements.signed', '签署的合作协议', 'Agreements signed', d.agreements.length, countDemo(d.agreements), null, agreementsKey),
  );
  blocks.push({ type: 'figures', items: figures });
  if (dash) blocks.push({ type: 'note', text: t(lang, `统计口径：${dash.rules.tasks.zh}`, `How tasks are counted: ${dash.rules.tasks.en}`) });
  if (figures.some((f) => f.demo > 0)) demo = true;

  // 3. Progress by focus area and by member (the dashboard's breakdowns; the year's reports only).
  const statusColumns = ALL.map((s) => label(WORK_STATUS_LABEL, lang, s));
  if (key.kind === 'annual' && dash) {
    heading('分领域进展', 'Progress by focus area');
    table(t(lang, '当年到期任务的汇总状态（按一级重点领域）', 'Tasks due in the year by top-level focus area'),
      [t(lang, '重点领域', 'Focus area'), t(lang, '任务数', 'Tasks'), ...statusColumns, t(lang, '平均进度（%）', 'Mean progress (%)')],
      dash.byArea.map((a) => ({ cells: [pick(lang, a.nameZh, a.nameEn), a.total.value, ...ALL.map((s) => a.statuses.find((x) => x.status === s)!.value), a.meanProgress], ref: null })), null);
    heading('分成员进展', 'Progress by member');
    table(t(lang, '各成员方在当年到期任务中所承担分工的状态', "Each member's own shares of the tasks due in the year"),
      [t(lang, '成员方', 'Member'), t(lang, '分工数', 'Shares'), ...statusColumns, t(lang, '平均进度（%）', 'Mean progress (%)')],
      dash.byMember.map((m) => ({ cells: [pick(lang, m.nameZh, m.nameEn), m.total.value, ...ALL.map((s) => m.statuses.find((x) => x.status === s)!.value), m.meanProgress], ref: null })), null);
  }

  // 4. Tasks completed; tasks behind with their reasons.
  heading('完成的任务', 'Tasks completed');
  table(t(lang, '本期到期且已完成的任务', 'Tasks due in the period and completed'),
    [t(lang, '编号', 'Code'), t(lang, '任务', 'Task'), t(lang, '牵头成员', 'Lead member'), t(lang, '到期日', 'Due')],
    completed.map((r) => ({ cells: [r.code, pick(lang, r.title_zh, r.title_en), memberName(r.lead_member_code), day(r.due_date)], ref: taskRef(r) })), completedKey);
  heading('滞后的任务及原因', 'Tasks behind, and why');
  table(t(lang, '有风险或延误的任务，原因摘自最近一次进展报告', 'Tasks at risk or delayed; the reason is taken from the latest progress report'),
    [t(lang, '编号', 'Code'), t(lang, '任务', 'Task'), t(lang, '状态', 'Status'), t(lang, '进度（%）', 'Progress (%)'), t(lang, '原因（最近报告）', 'Reason (latest report)')],
    d.behind.map((r) => ({ cells: [r.code, pick(lang, r.title_zh, r.title_en), label(WORK_STATUS_LABEL, lang, r.status), num(r.progress), clip(r.reason, REASON_CHARS) || t(lang, '（尚无报告）', '(no report yet)')], ref: taskRef(r) })), behindKey);

  // 5. Meetings, decisions and their implementation.
  heading('会议与决定', 'Meetings and decisions');
  table(t(lang, '本期召开的会议', 'Meetings held in the period'), [t(lang, '日期', 'Date'), t(lang, '会议', 'Meeting'), t(lang, '东道方', 'Host')],
    d.meetings.map((r) => ({ cells: [day(r.starts_at), pick(lang, r.title_zh, r.title_en), memberName(r.host_member_code)], ref: ref('meeting', r.id, null, pick(lang, r.title_zh, r.title_en)) })), meetingsKey);
  table(t(lang, '本期作出的决定及落实情况', 'Decisions taken in the period and their implementation'),
    [t(lang, '日期', 'Date'), t(lang, '决定', 'Decision'), t(lang, '会议', 'Meeting'), t(lang, '落实', 'Implemented')],
    d.decisions.map((r) => ({ cells: [day(r.decided_at), pick(lang, r.title_zh, r.title_en), pick(lang, r.meeting_title_zh, r.meeting_title_en), r.implemented ? t(lang, '已落实', 'Yes') : t(lang, '落实中', 'Not yet')], ref: ref('decision', r.id, null, pick(lang, r.title_zh, r.title_en)) })), decisionsKey);

  // 6. Agreements; 7. matters.
  heading('签署的合作协议', 'Agreements signed');
  table(t(lang, '本期签署的合作协议', 'Agreements signed in the period'), [t(lang, '签署日期', 'Signed'), t(lang, '协议', 'Agreement')],
    d.agreements.map((r) => ({ cells: [day(r.signed_on), pick(lang, r.title_zh, r.title_en)], ref: ref('agreement', r.id, null, pick(lang, r.title_zh, r.title_en)) })), agreementsKey);
  heading('解决的重大事项', 'Major matters resolved');
  table(t(lang, '本期由会议决定解决的重大事项', 'Major matters resolved by a decision taken in the period'), [t(lang, '决定日期', 'Decided'), t(lang, '事项', 'Matter'), t(lang, '解决它的决定', 'Resolving decision')],
    d.matters.map((r) => ({ cells: [day(r.decided_at), pick(lang, r.title_zh, r.title_en), pick(lang, r.decision_title_zh, r.decision_title_en)], ref: ref('matter', r.id, null, pick(lang, r.title_zh, r.title_en)) })), mattersKey);

  // 8. Indicators and the integration index (yearly reports).
  if (key.kind !== 'quarterly') {
    heading('指标与一体化指数', 'Indicators and the integration index');
    const indicatorKey = list('indicators', '指标观测值', 'Indicator observations', d.indicators.map((r) => ref('observation', r.observation_id, r.code, `${pick(lang, r.name_zh, r.name_en)} · ${scopeName(r.scope_key)} · ${r.period}`)));
    table(t(lang, '各指标当年最新值（区域级、成员级），与上年及目标比较', "Each indicator's latest value in the year (region and member level), beside the previous year and the target"),
      [t(lang, '指标', 'Indicator'), t(lang, '范围', 'Scope'), t(lang, '期别', 'Period'), t(lang, '数值', 'Value'), t(lang, '上年', 'Previous year'), t(lang, '目标', 'Target'), t(lang, '单位', 'Unit')],
      d.indicators.map((r) => ({ cells: [pick(lang, r.name_zh, r.name_en), scopeName(r.scope_key), r.period, num(r.value), num(r.previous), num(r.target), pick(lang, r.unit_zh, r.unit_en)], ref: ref('indicator', r.id, r.code, pick(lang, r.name_zh, r.name_en)) })), indicatorKey);
    if (d.indicators.some((r) => r.is_demo)) demo = true;
    for (const { method, values } of d.index) {
      const rows = values.filter((v) => !d.member || v.scope_key === d.member);
      table(t(lang, `一体化指数：${method.name_zh}（第 ${method.current_version} 版方法）`, `Integration index: ${pick(lang, method.name_zh, method.name_en)} (method version ${method.current_version})`),
        [t(lang, '范围', 'Scope'), t(lang, '年份', 'Year'), t(lang, '指数值', 'Value')],
        rows.map((v) => ({ cells: [scopeName(v.scope_key), v.year, num(String(v.value))], ref: ref('index-method', method.id, method.code, pick(lang, method.name_zh, method.name_en)) })), null);
      if (method.is_demo && rows.length) demo = true;
    }
  }

  // 9. Registers, where there are any.
  if (d.services.length || d.projects.length || d.risks.length) {
    heading('公共服务、重大项目与风险', 'Services, projects and risks');
    if (d.services.length) {
      const key9 = list('services', '公共服务', 'Public services', d.services.map((r) => ref('service', r.id, r.code, pick(lang, r.name_zh, r.name_en))));
      table(t(lang, '跨省通办公共服务及其可办理的成员方', 'Shared public services and the members where they are available'), [t(lang, '编号', 'Code'), t(lang, '服务', 'Service'), t(lang, '可办理的成员方', 'Available in')],
        d.services.map((r) => ({ cells: [r.code, pick(lang, r.name_zh, r.name_en), r.available_in.map(memberName).join(t(lang, '、', ', ')) || '—'], ref: ref('service', r.id, r.code, pick(lang, r.name_zh, r.name_en)) })), key9);
    }
    if (d.projects.length) {
      const key9 = list('projects', '重大项目', 'Major projects', d.projects.map((r) => ref('project', r.id, r.code, pick(lang, r.title_zh, r.title_en))));
      table(t(lang, '重大合作项目及所处阶段', 'Major cooperation projects and their phase'), [t(lang, '编号', 'Code'), t(lang, '项目', 'Project'), t(lang, '阶段', 'Phase'), t(lang, '牵头成员', 'Lead member')],
        d.projects.map((r) => ({ cells: [r.code, pick(lang, r.title_zh, r.title_en), label(PROJECT_PHASE_LABEL, lang, r.phase), memberName(r.lead_member_code)], ref: ref('project', r.id, r.code, pick(lang, r.title_zh, r.title_en)) })), key9);
    }
    if (d.risks.length) {
      const key9 = list('risks', '风险', 'Risks', d.risks.map((r) => ref('risk', r.id, r.code, pick(lang, r.title_zh, r.title_en))));
      table(t(lang, '联合风险登记簿', 'The joint risk register'), [t(lang, '编号', 'Code'), t(lang, '风险', 'Risk'), t(lang, '状态', 'Status'), t(lang, '风险值（可能性×影响）', 'Score (likelihood × impact)')],
        d.risks.map((r) => ({ cells: [r.code, pick(lang, r.title_zh, r.title_en), label(RISK_STATUS_LABEL, lang, r.status), r.likelihood * r.impact], ref: ref('risk', r.id, r.code, pick(lang, r.title_zh, r.title_en)) })), key9);
    }
    if ([...d.services, ...d.projects, ...d.risks].some((r) => r.is_demo)) demo = true;
  }

  // 10. Outlook.
  heading('下一步工作展望', 'Outlook');
  narrative('outlook');

  const listed = [d.tasks, d.meetings, d.decisions, d.agreements, d.matters];
  if (listed.some((rows) => rows.some((r) => r.is_demo))) demo = true;
  if (demo) blocks.splice(0, 0, { type: 'note', text: t(lang, '本报告包含演示数据（标注为“演示”的记录），不是真实统计。', 'This report contains demo data (records marked "Demo"); it is not a real statistic.') });

  return {
    kind: key.kind, year: key.year, quarter: key.quarter, memberCode: key.memberCode, lang, title, subtitle,
    periodStart: d.period.start, periodEnd: d.period.end, generatedAt: deps.clock.now().toISOString(), containsDemo: demo,
    blocks, appendix: appendix.filter((a) => a.refs.length > 0),
    publishedAt: d.edition?.published_at?.toISOString() ?? null,
  };
}
