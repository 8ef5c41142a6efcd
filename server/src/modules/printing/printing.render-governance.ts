/** The governance records on paper: meeting minutes with each member's approval, a decision with its effects, a matter's timeline. */
import { getDecision } from '../decisions/decisions.usecases.ts';
import { getMatter } from '../matters/matters.usecases.ts';
import { getMeeting } from '../meetings/meetings.usecases.ts';
import { documentOf, facts, fmtDate, fmtDateTime, html, paragraphs, pick, t, table, type Lang } from './printing.html.ts';
import type { PrintDeps, PrintedDocument } from './printing.kinds.ts';
import { EFFECT_KIND, MATTER_EVENT, MATTER_STATUS, memberNames, MINUTES_STATUS, TIER, VERDICT, word, WORK_STATUS } from './printing.labels.ts';

/** The latest minutes (final if there is one), and for every participating member its verdict on them. */
export async function loadMeetingMinutes(deps: PrintDeps, meetingId: string, lang: Lang): Promise<PrintedDocument> {
  const { meeting, participants, agenda, versions, approvals, approvingMembers, decisions } = await getMeeting(deps, meetingId);
  const member = await memberNames(deps, lang);
  const minutes = versions.find((v) => v.status === 'final') ?? versions[0];
  const verdicts = minutes ? approvals.filter((a) => a.minutes_version_id === minutes.id) : [];
  const title = `${pick(lang, meeting.title_zh, meeting.title_en)} ${t(lang, '会议纪要', 'Minutes')}`;
  const body = html`
${facts([
  [t(lang, '会议时间', 'When'), `${fmtDateTime(meeting.starts_at)} — ${fmtDateTime(meeting.ends_at)}`],
  [t(lang, '地点', 'Venue'), pick(lang, meeting.venue_zh, meeting.venue_en) || '—'],
  [t(lang, '层级', 'Tier'), word(TIER, lang, meeting.tier)],
  [t(lang, '承办成员', 'Host member'), member(meeting.host_member_code)],
  [t(lang, '主题', 'Theme'), pick(lang, meeting.theme_zh, meeting.theme_en) || '—'],
  [t(lang, '纪要版本', 'Minutes version'), minutes ? `${t(lang, '第', 'Revision ')}${minutes.revision}${t(lang, '稿', '')} · ${word(MINUTES_STATUS, lang, minutes.status)}` : t(lang, '尚无纪要', 'No minutes yet')],
])}
<h2>${t(lang, '出席人员', 'Participants')}</h2>
${table(lang, [t(lang, '姓名', 'Name'), t(lang, '职务', 'Title'), t(lang, '成员', 'Member'), t(lang, '单位', 'Organisation')],
  participants.map((p) => [pick(lang, p.name_zh, p.name_en), pick(lang, p.title_zh, p.title_en), member(p.member_code), p.organisation]))}
<h2>${t(lang, '议程', 'Agenda')}</h2>
${table(lang, ['#', t(lang, '议题', 'Item')], agenda.map((a, i) => [i + 1, pick(lang, a.title_zh, a.title_en)]))}
<h2>${t(lang, '纪要', 'Minutes')}</h2>
${minutes ? paragraphs(pick(lang, minutes.body_zh, minutes.body_en)) : html`<p class="none">${t(lang, '（尚无纪要）', '(no minutes yet)')}</p>`}
<h2>${t(lang, '各成员审核意见', "Each member's approval")}</h2>
${table(lang, [t(lang, '成员', 'Member'), t(lang, '意见', 'Verdict'), t(lang, '说明', 'Comment'), t(lang, '时间', 'When')],
  approvingMembers.map((code) => {
    const v = verdicts.find((a) => a.member_code === code);
    return [member(code), v ? word(VERDICT, lang, v.verdict) : t(lang, '尚未审核', 'Not yet decided'), v?.comment || '—', v ? fmtDateTime(v.decided_at) : '—'];
  }))}
<h2>${t(lang, '会议决定', 'Decisions')}</h2>
${table(lang, [t(lang, '决定', 'Decision'), t(lang, '时间', 'When')], decisions.map((d) => [pick(lang, d.title_zh, d.title_en), fmtDate(d.decided_at)]))}`;
  return { title, html: documentOf(lang, { title, isDemo: meeting.is_demo, printedAt: deps.clock.now(), body }) };
}

/** A decision, what it produced (its typed effects) and how far the tasks it created have got. */
export async function loadDecision(deps: PrintDeps, decisionId: string, lang: Lang): Promise<PrintedDocument> {
  const { decision, effects, tasks, implementation } = await getDecision(deps, decisionId);
  const member = await memberNames(deps, lang);
  const title = `${t(lang, '会议决定', 'Decision')}：${pick(lang, decision.title_zh, decision.title_en)}`;
  const effectText = (e: (typeof effects)[number]) => {
    if (e.kind === 'fix_next_host') return `${member(e.host_member_code)} · ${e.host_year ?? ''}`;
    if (e.kind === 'create_tasks') return `${e.task_ids.length} ${t(lang, '项任务', 'tasks')}`;
    return e.plan_id ?? e.agreement_id ?? e.matter_id ?? '—';
  };
  const body = html`
${facts([
  [t(lang, '决定时间', 'Decided'), decision.time_of_day_known ? fmtDateTime(decision.decided_at) : fmtDate(decision.decided_at)],
  [t(lang, '落实任务', 'Tasks'), `${implementation.completed} / ${implementation.taskCount} ${t(lang, '已完成', 'completed')}`],
  [t(lang, '平均进度', 'Average progress'), implementation.progress === null ? '—' : `${implementation.progress}%`],
])}
<h2>${t(lang, '决定内容', 'The decision')}</h2>
${paragraphs(pick(lang, decision.body_zh, decision.body_en))}
<h2>${t(lang, '决定事项', 'Effects')}</h2>
${table(lang, [t(lang, '类型', 'Kind'), t(lang, '内容', 'What')], effects.map((e) => [word(EFFECT_KIND, lang, e.kind), effectText(e)]))}
<h2>${t(lang, '落实情况', 'Implementation')}</h2>
${table(lang, [t(lang, '编号', 'Code'), t(lang, '任务', 'Task'), t(lang, '牵头', 'Lead'), t(lang, '状态', 'Status'), t(lang, '进度', 'Progress'), t(lang, '截止', 'Due')],
  tasks.map((k) => [k.code, pick(lang, k.title_zh, k.title_en), member(k.lead_member_code), word(WORK_STATUS, lang, k.status), `${Number(k.progress)}%`, fmtDate(k.due_date)]))}`;
  return { title, html: documentOf(lang, { title, isDemo: decision.is_demo, printedAt: deps.clock.now(), body }) };
}

/** A major matter and its timeline, tier by tier, with who acted and which decision resolved it. */
export async function loadMatterTimeline(deps: PrintDeps, matterId: string, lang: Lang): Promise<PrintedDocument> {
  const { matter, members, events, titles } = await getMatter(deps, matterId);
  const member = await memberNames(deps, lang);
  const name = (type: string, id: string | null) => {
    const found = id ? titles.get(`${type}:${id.toLowerCase()}`) : undefined;
    return found ? pick(lang, found.zh, found.en) : null;
  };
  const title = `${t(lang, '重大事项', 'Major matter')}：${pick(lang, matter.title_zh, matter.title_en)}`;
  const body = html`
${facts([
  [t(lang, '提出方', 'Raised by'), matter.raised_by_member_code ? member(matter.raised_by_member_code) : (matter.raised_by_body_code ?? '—')],
  [t(lang, '涉及成员', 'Members'), members.map((m) => member(m)).join('、') || '—'],
  [t(lang, '当前层级', 'Tier'), word(TIER, lang, matter.tier)],
  [t(lang, '状态', 'Status'), word(MATTER_STATUS, lang, matter.status)],
  [t(lang, '提出时间', 'Raised'), fmtDateTime(matter.raised_at)],
  [t(lang, '各层级时限', 'Deadlines'), `${word(TIER, lang, 'execution')} ${fmtDate(matter.execution_deadline)}；${word(TIER, lang, 'coordination')} ${fmtDate(matter.coordination_deadline)}；${word(TIER, lang, 'decision')} ${fmtDate(matter.decision_deadline)}`],
])}
${paragraphs(pick(lang, matter.description_zh, matter.description_en))}
<h2>${t(lang, '办理过程', 'Timeline')}</h2>
${table(lang, [t(lang, '时间', 'When'), t(lang, '事件', 'Event'), t(lang, '层级', 'Tiers'), t(lang, '办理人', 'By'), t(lang, '说明', 'Reason')],
  events.map((e) => [
    fmtDateTime(e.occurred_at),
    word(MATTER_EVENT, lang, e.kind),
    e.from_tier || e.to_tier ? `${word(TIER, lang, e.from_tier)} → ${word(TIER, lang, e.to_tier)}` : '—',
    name('user', e.actor_user_id) ?? e.actor_username,
    [e.reason, name('decision', e.decision_id)].filter(Boolean).join(' · ') || '—',
  ]))}`;
  return { title, html: documentOf(lang, { title, isDemo: matter.is_demo, printedAt: deps.clock.now(), body }) };
}
