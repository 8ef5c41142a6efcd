/** Plans and tasks for tests, made through the use cases (so they are audited like real ones). */
import type { AppDeps } from '../src/app-deps.ts';
import { systemActor } from '../src/shared/principal.ts';
import { createPlan } from '../src/modules/plans/plans.usecases.ts';
import { createTask, type CreateTaskInput } from '../src/modules/tasks/tasks.usecases.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
const actor = systemActor('test-fixtures');
let counter = 0;

export async function makePlan(deps: Deps, overrides: Partial<Parameters<typeof createPlan>[1]> = {}): Promise<string> {
  counter += 1;
  return createPlan(
    { ...deps, actor },
    {
      kind: 'three_year',
      code: `TEST-${counter}-${Date.now() % 100000}`,
      titleZh: '长三角一体化发展三年行动计划（测试）',
      titleEn: 'Three-Year Action Plan (test)',
      periodStart: '2024-01-01',
      periodEnd: '2026-12-31',
      reportingCadence: 'quarterly',
      ...overrides,
    },
  );
}

export async function areaId(deps: Deps, code: string): Promise<string> {
  return (await deps.db.selectFrom('focus_areas').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

export async function makeTask(deps: Deps, planId: string, overrides: Partial<CreateTaskInput> = {}): Promise<string> {
  counter += 1;
  return createTask(
    { ...deps, actor },
    {
      planId,
      code: `9.${counter}`,
      titleZh: `测试任务 ${counter}`,
      titleEn: `Test task ${counter}`,
      leadMemberCode: '320000',
      participantMemberCodes: ['330000'],
      dueDate: '2025-12-31',
      ...overrides,
    },
  );
}

export async function shareOf(deps: Deps, taskId: string, memberCode: string) {
  return deps.db.selectFrom('task_shares').selectAll().where('task_id', '=', taskId).where('member_code', '=', memberCode).executeTakeFirstOrThrow();
}
