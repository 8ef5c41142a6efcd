import { sql, type Kysely } from 'kysely';

/**
 * Demo data must never touch real records (issue 14, item 4). Installs made
 * before this release carry the 24 demo tasks under the real Three-Year Action
 * Plan, whose baseline was frozen with them. This moves them — with their
 * plan links and baseline rows — to a demo plan of their own, re-parents the
 * demo annual plan onto it, and clears the real plan's baseline mark when no
 * real task is left in it. Installs without demo tasks on the real plan are
 * left as they are; the demo loader now creates the demo plan itself.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    DO $$
    DECLARE
      real_id uuid;
      demo_id uuid;
      frozen timestamptz;
    BEGIN
      SELECT id, baseline_frozen_at INTO real_id, frozen FROM plans WHERE code = 'YRD-TYAP-2024-2026' AND NOT is_demo;
      IF real_id IS NULL OR NOT EXISTS (SELECT 1 FROM tasks WHERE plan_id = real_id AND is_demo) THEN
        RETURN;
      END IF;

      SELECT id INTO demo_id FROM plans WHERE code = 'DEMO-TYAP-2024-2026';
      IF demo_id IS NULL THEN
        INSERT INTO plans (kind, code, title_zh, title_en, description_zh, description_en, period_start, period_end,
                           reporting_cadence, status, is_demo, baseline_frozen_at, created_at, updated_at)
        VALUES ('three_year', 'DEMO-TYAP-2024-2026',
                '【演示】三年行动计划任务演示（2024—2026年）',
                '[Demo] Three-Year Action Plan tasks, for demonstration (2024-2026)',
                '演示数据：仿照三年行动计划编排的演示任务，不是真实计划的任务。真实计划见“长三角地区一体化发展三年行动计划（2024—2026年）”。',
                'Demo data: demonstration tasks arranged like the Three-Year Action Plan; not tasks of the real plan, which is listed on its own.',
                '2024-01-01', '2026-12-31', 'quarterly', 'in_force', true, frozen, now(), now())
        RETURNING id INTO demo_id;
      END IF;

      CREATE TEMP TABLE demo_moved ON COMMIT DROP AS SELECT id FROM tasks WHERE plan_id = real_id AND is_demo;
      UPDATE tasks SET plan_id = demo_id, updated_at = now() WHERE id IN (SELECT id FROM demo_moved);
      UPDATE plan_tasks SET plan_id = demo_id WHERE plan_id = real_id AND task_id IN (SELECT id FROM demo_moved);
      UPDATE task_baselines SET plan_id = demo_id WHERE plan_id = real_id AND task_id IN (SELECT id FROM demo_moved);
      UPDATE plans SET parent_plan_id = demo_id, updated_at = now(), version = version + 1
       WHERE parent_plan_id = real_id AND is_demo;
      UPDATE decision_effects SET plan_id = demo_id
       WHERE plan_id = real_id AND kind = 'create_tasks' AND cardinality(task_ids) > 0 AND task_ids <@ ARRAY(SELECT id FROM demo_moved);
      IF NOT EXISTS (SELECT 1 FROM task_baselines WHERE plan_id = real_id) THEN
        UPDATE plans SET baseline_frozen_at = NULL, updated_at = now(), version = version + 1 WHERE id = real_id;
      END IF;
    END $$;
  `.execute(db);
}
