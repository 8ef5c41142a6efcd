/**
 * The report loop's hand-offs: a filed (or revised) report goes to the Office's
 * reviewers; a return (with its comment) or an acceptance goes back to the
 * people who work on the share. Each links to the report inside its task.
 */
import type { Trx } from '../audit/audit.usecases.ts';
import { announce, memberParam, merge, same, type NoticeDeps } from '../notifications/handoffs.ts';
import { findShare, findTask } from '../tasks/tasks.repository.ts';

export interface ReportFacts {
  id: string;
  taskId: string;
  shareId: string;
  memberCode: string;
  period: string;
  revision: number;
  percent: number;
}

export const reportLink = (r: { taskId: string; id: string }) => `/tasks/${r.taskId}?report=${r.id}`;

export async function announceReport(
  trx: Trx,
  deps: NoticeDeps,
  kind: 'reports.submitted' | 'reports.returned' | 'reports.accepted',
  report: ReportFacts,
  comment: string | null = null,
): Promise<string[]> {
  const task = await findTask(trx, report.taskId);
  const share = await findShare(trx, report.shareId);
  if (!task || !share) return [];
  const note = comment ? { 'zh-CN': { note: `审核意见：${comment}` }, en: { note: `Comment: ${comment}` } } : same({ note: '' });
  return announce(trx, deps, {
    kind,
    record: { type: 'task', id: task.id, titleZh: task.title_zh, titleEn: task.title_en },
    audience: kind === 'reports.submitted' ? { office: true } : { shares: [{ memberCode: share.member_code, ownerBodyCode: share.owner_body_code }] },
    event: report.id,
    link: reportLink(report),
    params: merge(
      same({ code: task.code, period: report.period, revision: report.revision, percent: report.percent, comment: comment ?? '' }),
      await memberParam(trx, 'member', [report.memberCode]),
      note,
    ),
  });
}
