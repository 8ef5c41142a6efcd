/**
 * A decision's hand-offs, read back from the effects it stored: every member
 * given a share in the tasks it created hears of them (tasks.notices.ts); the
 * parties of every matter it resolved hear that it is resolved.
 */
import type { Trx } from '../audit/audit.usecases.ts';
import { announceResolved } from '../matters/matters.usecases.ts';
import type { NoticeDeps } from '../notifications/handoffs.ts';
import { announceShares } from '../tasks/tasks.notices.ts';
import * as repo from './decisions.repository.ts';

type Decision = { id: string; titleZh: string; titleEn: string };

export async function announceDecision(trx: Trx, deps: NoticeDeps, decision: Decision): Promise<void> {
  const effects = await repo.effectsOf(trx, decision.id);
  const taskIds = effects.filter((e) => e.kind === 'create_tasks').flatMap((e) => e.task_ids);
  if (taskIds.length) {
    await announceShares(trx, deps, { kind: 'decisions.tasks', record: { type: 'decision', ...decision }, taskIds, recordLink: `/decisions/${decision.id}` });
  }
  for (const matterId of effects.flatMap((e) => (e.kind === 'resolve_matter' && e.matter_id ? [e.matter_id] : []))) {
    await announceResolved(trx, deps, matterId, decision);
  }
}
