/** The work records on paper: a task's record, and the supervision sheet (督办单) of a flagged share. */
import { auditPage } from '../audit/audit.routes.ts';
import { taskReports } from '../reports/reports.usecases.ts';
import { getFlag } from '../supervision/supervision.usecases.ts';
import { getTask } from '../tasks/tasks.usecases.ts';
import { documentOf, facts, fmtDate, fmtDateTime, html, paragraphs, pick, t, table, type Lang } from './printing.html.ts';
import type { PrintDeps, PrintedDocument } from './printing.kinds.ts';
import { FLAG_KIND, LADDER, memberNames, REVIEW_STATE, SEVERITY, SHARE_ROLE, word, WORK_STATUS } from './printing.labels.ts';

const pct = (n: string | number | null | undefined) => (n === null || n === undefined ? '—' : `${Math.round(Number(n) * 10) / 10}%`);

/** The task, its shares and milestones, every report (newest first) and its audit history. */
export async function loadTaskRecord(deps: PrintDeps, taskId: string, lang: Lang): Promise<PrintedDocument> {
  const { task, shares, milestones, plans, flags } = await getTask(deps, taskId);
  const [{ reports }, history, member] = await Promise.all([
    taskReports(deps, taskId),
    auditPage(deps, { objectType: 'task', objectId: taskId }, undefined, 200),
    memberNames(deps, lang),
  ]);
  const title = `${t(lang, '任务记录', 'Task record')}：${task.code} ${pick(lang, task.title_zh, task.title_en)}`;
  const body = html`
<h2>${t(lang, '基本情况', 'The task')}</h2>
${facts([
  [t(lang, '编号', 'Code'), task.code],
  [t(lang, '名称', 'Title'), pick(lang, task.title_zh, task.title_en)],
  [t(lang, '所属规划', 'Plans'), plans.map((p) => `${p.code} ${pick(lang, p.title_zh, p.title_en)}`).join('；') || '—'],
  [t(lang, '牵头成员', 'Lead member'), member(task.lead_member_code)],
  [t(lang, '起止日期', 'Dates'), `${fmtDate(task.start_date)} ~ ${fmtDate(task.due_date)}`],
  [t(lang, '状态', 'Status'), word(WORK_STATUS, lang, task.status)],
  [t(lang, '进度', 'Progress'), pct(task.progress)],
  [t(lang, '未解除的督办标记', 'Open flags'), flags.map((f) => `${word(SEVERITY, lang, f.severity)} · ${word(FLAG_KIND, lang, f.kind)}`).join('；') || '—'],
])}
${paragraphs(pick(lang, task.description_zh, task.description_en))}
<h2>${t(lang, '成员分工', 'Member shares')}</h2>
${table(lang, [t(lang, '成员', 'Member'), t(lang, '角色', 'Role'), t(lang, '责任单位', 'Owner body'), t(lang, '状态', 'Status'), t(lang, '进度', 'Progress'), t(lang, '截止日期', 'Due'), t(lang, '最近进展', 'Last progress')],
  shares.map((s) => [member(s.member_code), word(SHARE_ROLE, lang, s.role), s.owner_body_code ?? '—', word(WORK_STATUS, lang, s.status), pct(s.percent), fmtDate(s.due_date), fmtDateTime(s.last_progress_at)]))}
<h2>${t(lang, '里程碑', 'Milestones')}</h2>
${table(lang, [t(lang, '名称', 'Milestone'), t(lang, '截止日期', 'Due'), t(lang, '完成时间', 'Completed')],
  milestones.map((m) => [pick(lang, m.title_zh, m.title_en), fmtDate(m.due_date), fmtDateTime(m.completed_at)]))}
<h2>${t(lang, '进展报告', 'Progress reports')}</h2>
${table(lang, [t(lang, '报告期', 'Period'), t(lang, '成员', 'Member'), t(lang, '进度', 'Progress'), t(lang, '状态', 'Status'), t(lang, '审核', 'Review'), t(lang, '报送', 'Submitted'), t(lang, '内容', 'Report')],
  reports.map((r) => [r.period, member(r.member_code), pct(r.percent), word(WORK_STATUS, lang, r.status), `${word(REVIEW_STATE, lang, r.review_state)}${r.review_comment ? `：${r.review_comment}` : ''}`, `${fmtDateTime(r.submitted_at)} ${r.submitted_by_username ?? ''}`, paragraphs(r.body)]))}
<h2>${t(lang, '变更记录', 'History')}</h2>
${table(lang, [t(lang, '时间', 'When'), t(lang, '操作人', 'By'), t(lang, '操作', 'Action')],
  history.items.map((e) => [e.occurredAt.slice(0, 16).replace('T', ' '), e.actorUsername, e.action]))}`;
  return { title, html: documentOf(lang, { title, subtitle: t(lang, '长三角一体化发展重点任务', 'Key task of the integrated development of the Yangtze River Delta'), isDemo: task.is_demo, printedAt: deps.clock.now(), body }) };
}

/**
 * 督办单: the flag, the flagged share and its member, the deadline, how far up
 * the ladder the flag has climbed, and the member's response (its latest reports on that share).
 */
export async function loadSupervisionSheet(deps: PrintDeps, flagId: string, lang: Lang): Promise<PrintedDocument> {
  const flag = await getFlag(deps, flagId);
  const [{ task, shares }, { reports }, member] = await Promise.all([getTask(deps, flag.task_id), taskReports(deps, flag.task_id), memberNames(deps, lang)]);
  const share = shares.find((s) => s.id === flag.share_id);
  const memberCode = flag.member_code ?? share?.member_code ?? null;
  const responses = reports.filter((r) => (flag.share_id ? r.share_id === flag.share_id : r.member_code === memberCode)).slice(0, 3);
  const deadline = typeof flag.detail.dueDate === 'string' ? flag.detail.dueDate : fmtDate(share?.due_date ?? task.due_date);
  const title = `${t(lang, '督办单', 'Supervision sheet')}：${task.code} ${pick(lang, task.title_zh, task.title_en)}`;
  const ladder = [0, 1, 2].map((level) => [
    word(LADDER, lang, String(level)),
    level < flag.escalation_level ? t(lang, '已送达', 'Reached') : level === flag.escalation_level ? t(lang, '当前层级', 'Current rung') : t(lang, '未到达', 'Not reached'),
    level === flag.escalation_level + 1 && flag.next_escalation_at && !flag.resolved_at ? `${t(lang, '将于', 'On ')}${fmtDateTime(flag.next_escalation_at)}${t(lang, ' 升级', '')}` : '—',
  ]);
  const body = html`
${facts([
  [t(lang, '督办事由', 'Reason'), word(FLAG_KIND, lang, flag.kind)],
  [t(lang, '督办等级', 'Severity'), word(SEVERITY, lang, flag.severity)],
  [t(lang, '发出时间', 'Raised'), fmtDateTime(flag.raised_at)],
  [t(lang, '报告期', 'Period'), flag.period ?? '—'],
  [t(lang, '办理状态', 'State'), flag.resolved_at ? `${t(lang, '已解除', 'Resolved')} ${fmtDateTime(flag.resolved_at)}` : t(lang, '督办中', 'Open')],
])}
<h2>${t(lang, '督办对象', 'The flagged share')}</h2>
${facts([
  [t(lang, '任务', 'Task'), `${task.code} ${pick(lang, task.title_zh, task.title_en)}`],
  [t(lang, '责任成员', 'Member'), member(memberCode)],
  [t(lang, '分工角色', 'Role'), share ? word(SHARE_ROLE, lang, share.role) : '—'],
  [t(lang, '责任单位', 'Owner body'), share?.owner_body_code ?? '—'],
  [t(lang, '完成时限', 'Deadline'), deadline],
  [t(lang, '分工状态与进度', 'Share status and progress'), share ? `${word(WORK_STATUS, lang, share.status)} · ${pct(share.percent)}` : '—'],
])}
<h2>${t(lang, '督办层级', 'Escalation ladder')}</h2>
${table(lang, [t(lang, '层级', 'Rung'), t(lang, '情况', 'State'), t(lang, '下一步', 'Next')], ladder)}
<h2>${t(lang, '办理情况（成员方反馈）', "The member's response")}</h2>
${table(lang, [t(lang, '报告期', 'Period'), t(lang, '进度', 'Progress'), t(lang, '状态', 'Status'), t(lang, '报送', 'Submitted'), t(lang, '内容', 'Report')],
  responses.map((r) => [r.period, pct(r.percent), word(WORK_STATUS, lang, r.status), fmtDateTime(r.submitted_at), paragraphs(r.body)]))}
<p class="stamp">${t(lang, '长三角区域合作办公室（盖章）', 'Yangtze River Delta Regional Cooperation Office (seal)')}<br>${t(lang, '日期：', 'Date: ')}${fmtDate(deps.clock.now())}</p>`;
  return { title, html: documentOf(lang, { title, subtitle: t(lang, '长三角一体化发展重点任务督办单', 'Supervision sheet of a key task'), isDemo: task.is_demo, printedAt: deps.clock.now(), body }) };
}
