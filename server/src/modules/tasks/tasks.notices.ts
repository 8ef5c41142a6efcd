/**
 * "You have new work": when tasks are given to members by another record (a
 * decision that creates them, an agreement whose clauses they carry out), each
 * member with a share hears of it once — its liaisons and the editors who work
 * on the share (tied to the body owning it, or to no body) — listing the tasks
 * in which it has a share.
 */
import type { Trx } from '../audit/audit.usecases.ts';
import { announce, memberParam, merge, same, type NoticeDeps, type NoticeRecord } from '../notifications/handoffs.ts';
import type { NoticeKind } from '../notifications/notifications.kinds.ts';
import * as repo from './tasks.repository.ts';

export async function announceShares(
  trx: Trx,
  deps: NoticeDeps,
  notice: { kind: NoticeKind; record: NoticeRecord & { type: 'decision' | 'agreement' }; taskIds: string[]; recordLink: string },
): Promise<Map<string, string[]>> {
  const byMember = new Map<string, { tasks: { id: string; code: string }[]; shares: { memberCode: string; ownerBodyCode: string | null }[] }>();
  for (const taskId of [...new Set(notice.taskIds)]) {
    const task = await repo.findTask(trx, taskId);
    if (!task) continue;
    for (const share of await repo.sharesOfTask(trx, taskId)) {
      const entry = byMember.get(share.member_code) ?? { tasks: [], shares: [] };
      entry.tasks.push({ id: task.id, code: task.code });
      entry.shares.push({ memberCode: share.member_code, ownerBodyCode: share.owner_body_code });
      byMember.set(share.member_code, entry);
    }
  }
  const notified = new Map<string, string[]>();
  for (const [memberCode, { tasks, shares }] of byMember) {
    const users = await announce(trx, deps, {
      kind: notice.kind,
      record: notice.record,
      audience: { shares },
      event: `${notice.record.id}:${memberCode}`,
      link: tasks.length === 1 ? `/tasks/${tasks[0]!.id}` : notice.recordLink,
      params: merge(same({ tasks: tasks.map((t) => t.code).join(', ') }), await memberParam(trx, 'member', [memberCode])),
    });
    notified.set(memberCode, users);
  }
  return notified;
}
