/**
 * Demo progress reports for the demo tasks: a quarterly history per share up to
 * the last finished quarter, with a few gaps, a report awaiting review and a
 * returned one, so that the review loop and the supervision board have
 * something to show. All is_demo; the texts say they are demo.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { Insertable } from 'kysely';
import type { ProgressReportsTable, ReviewState, WorkStatus } from '../../db/schema.ts';
import { systemActor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { periodOf } from '../plans/plans.models.ts';
import * as repo from './demo.repository.ts';

const FIRST_QUARTER = { year: 2024, quarter: 3 };

function quartersBefore(current: string): { period: string; endsOn: string }[] {
  const [year, q] = [Number(current.slice(0, 4)), Number(current.slice(6))];
  const out: { period: string; endsOn: string }[] = [];
  for (let y = FIRST_QUARTER.year, n = FIRST_QUARTER.quarter; y < year || (y === year && n < q); n === 4 ? ((y += 1), (n = 1)) : (n += 1)) {
    const endMonth = n * 3;
    const lastDay = new Date(Date.UTC(y, endMonth, 0)).getUTCDate();
    out.push({ period: `${y}-Q${n}`, endsOn: `${y}-${String(endMonth).padStart(2, '0')}-${lastDay}` });
  }
  return out;
}

export async function loadDemoReports(deps: Pick<AppDeps, 'db' | 'clock'>, planId: string): Promise<number> {
  const now = deps.clock.now();
  const quarters = quartersBefore(periodOf(now, 'quarterly'));
  const shares = await repo.demoSharesOfPlan(deps.db, planId);
  const rows: Insertable<ProgressReportsTable>[] = [];
  for (const [s, share] of shares.entries()) {
    const target = Number(share.percent);
    for (const [i, quarter] of quarters.entries()) {
      const last = i === quarters.length - 1;
      // Some shares skipped their last report: the supervision board shows it.
      if (last && s % 6 === 0) continue;
      const percent = Math.round((target * (i + 1)) / quarters.length);
      const state: ReviewState = last && s % 6 === 1 ? 'submitted' : last && s % 6 === 2 ? 'returned' : 'accepted';
      const submitted = new Date(`${quarter.endsOn}T02:00:00Z`);
      submitted.setUTCDate(submitted.getUTCDate() + 5);
      rows.push({
        share_id: share.id,
        task_id: share.task_id,
        member_code: share.member_code,
        period: quarter.period,
        body: `【演示】${quarter.period} 季度进展（演示数据，非真实报告）。 [Demo] Progress for ${quarter.period} (demo data, not a real report).`,
        percent,
        status: (last ? share.status : 'on_track') as WorkStatus,
        review_state: state,
        submitted_at: submitted,
        reviewed_at: state === 'submitted' ? null : new Date(submitted.getTime() + 3 * 86_400_000),
        review_comment: state === 'returned' ? '【演示】请补充量化指标和佐证材料。 [Demo] Please add measurable results and evidence.' : null,
        is_demo: true,
      });
    }
  }
  await auditedTransaction({ ...deps, actor: systemActor('demo-data') }, async (trx, audit) => {
    await repo.insertDemoReports(trx, rows);
    // Most demo milestones were met; a few stay open and show as overdue.
    await repo.completeDemoMilestones(trx, planId, new Date('2024-12-20T02:00:00Z'));
    audit({ action: 'demo.reports_load', objectType: 'plan', objectId: planId, summary: { reports: rows.length, quarters: quarters.map((q) => q.period) } });
  });
  return rows.length;
}
