/**
 * Generates the work-loop data of the bench into the bench's own database:
 * plans, tasks, shares, milestones, progress reports and open supervision
 * flags, all is_demo = true and titled 【压测】/[Bench]. One set-based statement
 * per batch of tasks (generate_series, no row-by-row round trips), two batches
 * at a time: 50k tasks with 520k reports take about 25 s, 10× that about
 * 6 minutes, where the API would take hours.
 *
 * The data is valid for the app: foreign keys hold, every task has a home
 * plan_tasks row, a share's percent and status are those of its latest accepted
 * report, and a task's status and progress are the roll-up of its shares (the
 * rule of tasks.rollup.ts). Values come from hashes of the row numbers, so two
 * runs at the same scale produce the same data (apart from the uuids, and the
 * dates, which follow the day of generation).
 *
 * A marker in app_settings records scale and generator version: a later run at
 * the same scale reuses the data instead of generating it again.
 */
import { performance } from 'node:perf_hooks';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../server/src/db/database.ts';
import { getSetting, putSetting } from '../../server/src/modules/region/region.repository.ts';
import type { Progress } from './progress.ts';
import {
  ACTIONS, AREA_BODIES, batchesOf, REPORTS_PER_SHARE, currentPeriodIndex, GENERATOR_VERSION, MEMBERS, sizesOf, TAGS, TASKS_PER_PLAN, topicSlots, TOPICS, type WorkSizes,
} from './work-data.ts';

export const MARKER_KEY = 'bench.work_data';
const PLAN_PREFIX = 'BENCH-';
/** Tasks per statement: large enough to amortise the statement, small enough for a lively progress bar. */
const BATCH_TASKS = 2500;

export interface WorkDataMarker {
  version: number;
  scale: number;
  tasks: number;
  shares: number;
  reports: number;
  milestones: number;
  flags: number;
  generatedAt: string;
  seconds: number;
}

export interface GenerateOptions {
  scale: number;
  now: Date;
  progress: Progress;
  log: (message: string) => void;
  /** Statements at once: PostgreSQL runs each on one core. */
  concurrency?: number;
  /** CHECKPOINT after loading, so the bench does not measure the flush of gigabytes (needs superuser). */
  checkpoint?: boolean;
}

/** Pseudo-random non-negative integer from a row number and a salt: deterministic and independent per salt. */
const hash = (n: RawBuilder<unknown> | string, salt: number) => sql`(hashint8extended(${typeof n === 'string' ? sql.raw(n) : n}, ${sql.lit(salt)}) & 2147483647)`;

/** First and last day of a reporting period by index (0 = 2024-01 / 2024-Q1); mirrors work-data.ts periodCode. */
const periodStart = (p: string) => sql.raw(`(CASE WHEN cadence = 'monthly' THEN make_date((2024 + ${p} / 12)::int, (${p} % 12 + 1)::int, 1) ELSE make_date((2024 + ${p} / 4)::int, ((${p} % 4) * 3 + 1)::int, 1) END)`);
const periodCodeSql = (p: string) => sql.raw(`(CASE WHEN cadence = 'monthly' THEN (2024 + ${p} / 12) || '-' || lpad((${p} % 12 + 1)::text, 2, '0') ELSE (2024 + ${p} / 4) || '-Q' || (${p} % 4 + 1) END)`);

async function createPlans(db: Db, sizes: WorkSizes): Promise<void> {
  // One three-year plan per TASKS_PER_PLAN tasks (the tasks' home), and an annual plan selecting a third of them.
  await sql`
    INSERT INTO plans (kind, code, title_zh, title_en, period_start, period_end, status, reporting_cadence, is_demo, created_at, updated_at)
    SELECT 'three_year', ${PLAN_PREFIX} || 'TY-' || lpad(n::text, 4, '0'), '【压测】三年行动计划 第' || n || '号', '[Bench] Three-year plan no. ' || n,
           date '2024-01-01', date '2026-12-31', 'in_force', CASE WHEN n % 5 = 0 THEN 'monthly' ELSE 'quarterly' END, true, now(), now()
    FROM generate_series(1, ${sizes.plans}::int) n`.execute(db);
  await sql`
    INSERT INTO plans (kind, code, title_zh, title_en, period_start, period_end, status, parent_plan_id, reporting_cadence, is_demo, created_at, updated_at)
    SELECT 'annual', ${PLAN_PREFIX} || 'AWP-' || substr(p.code, 10), '【压测】2026年度工作计划（' || p.code || '）', '[Bench] Annual work plan 2026 (' || p.code || ')',
           date '2026-01-01', date '2026-12-31', 'in_force', p.id, p.reporting_cadence, true, now(), now()
    FROM plans p WHERE p.code LIKE ${PLAN_PREFIX + 'TY-%'}`.execute(db);
}

/** share status of report j: completed at 100 %, else mostly on track. */
const reportStatus = (pct: string, seq: string, j: string) => sql`(CASE WHEN ${sql.raw(pct)} >= 100 THEN 'completed'
  ELSE (ARRAY['on_track','on_track','on_track','on_track','on_track','on_track','on_track','at_risk','at_risk','delayed'])[1 + ${hash(`${seq} * 8 + ${j}`, 7)} % 10] END)`;

/** One batch: tasks [from, to] with everything that hangs off them, in one statement. */
function batchStatement(from: number, to: number, now: Date, today: string, periods: { monthly: number; quarterly: number }) {
  const topicZh = TOPICS.map((t) => t.zh);
  const topicEn = TOPICS.map((t) => t.en);
  const topicArea = TOPICS.map((t) => t.area);
  const bodyOfArea = Object.keys(AREA_BODIES).sort().map((k) => AREA_BODIES[k]!);
  return sql<{ tasks: string; shares: string; reports: string; milestones: string; flags: string }>`
    WITH g AS MATERIALIZED (
      SELECT i, gen_random_uuid() AS task_id, (i - 1) / ${TASKS_PER_PLAN} + 1 AS pn,
             (${topicSlots()}::int[])[1 + ${hash('i', 1)} % 1000] AS topic,
             ${hash('i', 2)} AS h2, ${hash('i', 3)} AS h3, ${hash('i', 4)} AS h4
      FROM generate_series(${from}::bigint, ${to}::bigint) i
    ), t0 AS MATERIALIZED (
      SELECT g.*, hp.id AS plan_id, ap.id AS annual_id, hp.reporting_cadence AS cadence, a.id AS area_id, a.code AS area_code,
             (${MEMBERS as unknown as string[]}::text[])[1 + g.h2 % 4] AS lead, g.h2 % 4 AS lead_index,
             CASE WHEN g.h3 % 20 = 0 THEN NULL ELSE date '2026-01-31' + (g.h3 % 720)::int END AS due_date,
             date '2024-01-01' + (g.h4 % 360)::int AS start_date,
             timestamptz '2024-01-01 09:00+08' + (g.h4 % 360) * interval '1 day' - interval '20 days' AS created_at
      FROM g
      JOIN plans hp ON hp.code = ${PLAN_PREFIX + 'TY-'} || lpad(g.pn::text, 4, '0')
      JOIN plans ap ON ap.code = ${PLAN_PREFIX + 'AWP-'} || lpad(g.pn::text, 4, '0')
      JOIN focus_areas a ON a.code = (${topicArea}::text[])[g.topic]
    ), s0 AS MATERIALIZED (
      -- Share k = 0 is the lead; the members follow in turn. r reports (1-4, 2.6 on average), the last ending at the current or previous period.
      SELECT t0.*, k, t0.i * 4 + k AS seq, gen_random_uuid() AS share_id, (${MEMBERS as unknown as string[]}::text[])[1 + (t0.lead_index + k) % 4] AS member,
             (${REPORTS_PER_SHARE}::int[])[1 + ${hash('t0.i * 4 + k', 10)} % ${REPORTS_PER_SHARE.length}] AS r,
             CASE WHEN ${hash('t0.i * 4 + k', 11)} % 100 < 15 THEN 100 ELSE 10 + ${hash('t0.i * 4 + k', 12)} % 86 END AS final_pct,
             CASE WHEN t0.cadence = 'monthly' THEN ${periods.monthly}::int ELSE ${periods.quarterly}::int END - ${hash('t0.i * 4 + k', 13)} % 2 AS last_period,
             CASE WHEN ${hash('t0.i * 4 + k', 14)} % 100 < 80 THEN 'accepted' WHEN ${hash('t0.i * 4 + k', 14)} % 100 < 92 THEN 'submitted' ELSE 'returned' END AS last_state
      FROM t0 CROSS JOIN generate_series(0, ${MEMBERS.length - 1}) k
    ), rep0 AS MATERIALIZED (
      SELECT s0.share_id, s0.task_id, s0.member, s0.seq, s0.cadence, j, s0.r, s0.last_period - s0.r + j AS p,
             round(s0.final_pct * j / s0.r::numeric) AS pct,
             CASE WHEN j < s0.r THEN 'accepted' ELSE s0.last_state END AS review_state
      FROM s0 CROSS JOIN LATERAL generate_series(1, s0.r) j
    ), rep AS MATERIALIZED (
      SELECT rep0.*, gen_random_uuid() AS report_id, ${periodCodeSql('p')} AS period, ${reportStatus('pct', 'seq', 'j')} AS status,
             least((${periodStart('p')} + CASE WHEN cadence = 'monthly' THEN interval '1 month' ELSE interval '3 months' END)::timestamp AT TIME ZONE 'Asia/Shanghai'
                     + (1 + ${hash('seq * 8 + j', 15)} % 10) * interval '1 day',
                   ${now}::timestamptz - (rep0.r - j + 1) * interval '1 day' - (${hash('seq * 8 + j', 16)} % 20) * interval '1 hour') AS submitted_at
      FROM rep0
    ), s1 AS MATERIALIZED (
      -- The share shows its latest accepted report; none accepted yet: not started.
      SELECT s0.*, coalesce(rep.pct, 0) AS percent, coalesce(rep.status, 'not_started') AS status,
             CASE WHEN rep.report_id IS NULL THEN NULL ELSE least(rep.submitted_at + interval '2 days', ${now}::timestamptz) END AS last_progress_at
      FROM s0 LEFT JOIN rep ON rep.share_id = s0.share_id AND rep.j = CASE WHEN s0.last_state = 'accepted' THEN s0.r ELSE s0.r - 1 END
    ), ta AS MATERIALIZED (
      -- tasks.rollup.ts in SQL (weights are all 1).
      SELECT task_id, round(avg(percent), 2) AS progress, max(last_progress_at) AS last_progress_at,
             CASE WHEN bool_or(status = 'delayed') THEN 'delayed' WHEN bool_or(status = 'at_risk') THEN 'at_risk'
                  WHEN bool_and(status = 'completed') THEN 'completed' WHEN bool_and(status = 'not_started') THEN 'not_started' ELSE 'on_track' END AS status
      FROM s1 GROUP BY task_id
    ), ins_tasks AS (
      INSERT INTO tasks (id, plan_id, code, title_zh, title_en, description_zh, description_en, focus_area_id, lead_member_code, start_date, due_date,
                         priority, tags, status, progress, is_demo, created_at, updated_at)
      SELECT t0.task_id, t0.plan_id, t0.area_code || '-' || lpad(t0.i::text, 7, '0'),
             '【压测】' || (${topicZh}::text[])[t0.topic] || (${ACTIONS.map((a) => a.zh)}::text[])[1 + t0.h3 % ${ACTIONS.length}] || '（第' || t0.i || '号）',
             '[Bench] ' || (${topicEn}::text[])[t0.topic] || ' — ' || (${ACTIONS.map((a) => a.en)}::text[])[1 + t0.h3 % ${ACTIONS.length}] || ' #' || t0.i,
             '压测数据：自动生成，不代表真实工作安排。', 'Bench data: generated, not real work.',
             t0.area_id, t0.lead, t0.start_date, t0.due_date,
             (ARRAY['high','high','normal','normal','normal','normal','normal','normal','low','low'])[1 + t0.h4 % 10],
             ARRAY[(${TAGS}::text[])[1 + t0.h2 % 8]] || CASE WHEN t0.h3 % 3 = 0 THEN ARRAY[(${TAGS}::text[])[1 + (t0.h2 % 8 + 1 + t0.h4 % 7) % 8]] ELSE '{}'::text[] END,
             ta.status, ta.progress, true, t0.created_at, coalesce(ta.last_progress_at, t0.created_at)
      FROM t0 JOIN ta ON ta.task_id = t0.task_id
    ), ins_plan_tasks AS (
      INSERT INTO plan_tasks (plan_id, task_id, inclusion, added_at)
      SELECT plan_id, task_id, 'home', created_at FROM t0
      UNION ALL SELECT annual_id, task_id, 'selected', timestamptz '2026-01-05 09:00+08' FROM t0 WHERE i % 3 = 0
    ), ins_bodies AS (
      INSERT INTO task_bodies (task_id, body_code) SELECT task_id, (${bodyOfArea}::text[])[area_code::int] FROM t0
    ), ins_shares AS (
      INSERT INTO task_shares (id, task_id, member_code, role, owner_body_code, status, percent, due_date, last_progress_at, created_at, updated_at)
      SELECT share_id, task_id, member, CASE WHEN k = 0 THEN 'lead' ELSE 'participant' END,
             CASE WHEN k = 0 AND h2 % 2 = 0 THEN 'drc-' || member END, status, percent, due_date, last_progress_at, created_at, coalesce(last_progress_at, created_at)
      FROM s1
    ), ins_reports AS (
      INSERT INTO progress_reports (id, share_id, task_id, member_code, period, body, percent, status, review_state, submitted_at, reviewed_at, review_comment, is_demo)
      SELECT report_id, share_id, task_id, member, period,
             '【压测】' || period || ' 进展：按计划推进，完成 ' || pct || '%。 [Bench] progress for ' || period || ': ' || pct || '% done.',
             pct, status, review_state, submitted_at,
             CASE WHEN review_state <> 'submitted' THEN least(submitted_at + interval '2 days', ${now}::timestamptz) END,
             CASE WHEN review_state = 'returned' THEN '【压测】请补充佐证材料。 [Bench] Please add evidence.' END, true
      FROM rep
    ), ins_milestones AS (
      INSERT INTO task_milestones (task_id, title_zh, title_en, due_date, completed_at, sort_order)
      SELECT task_id, '【压测】里程碑 ' || m, '[Bench] Milestone ' || m, start_date + (m * 90)::int,
             CASE WHEN start_date + (m * 90)::int < ${today}::date AND (h4 + m) % 5 <> 0 THEN (start_date + (m * 90)::int)::timestamp AT TIME ZONE 'Asia/Shanghai' END, m
      FROM t0 CROSS JOIN LATERAL generate_series(1, h4 % 4) m
    ), ins_flags AS (
      -- Some open flags: red for overdue shares, yellow "stalled" for a few others (subject keys as the scan writes them).
      INSERT INTO supervision_flags (kind, severity, subject_key, task_id, share_id, member_code, detail, raised_at, escalation_level, next_escalation_at)
      SELECT kind, severity, kind || ':' || share_id, task_id, share_id, member, detail, raised_at, level,
             CASE WHEN level < 3 THEN raised_at + interval '7 days' END
      FROM (
        SELECT s1.*, CASE WHEN due_date < ${today}::date THEN 'overdue_share' ELSE 'stalled' END AS kind,
               CASE WHEN due_date < ${today}::date THEN 'red' ELSE 'yellow' END AS severity,
               CASE WHEN due_date < ${today}::date THEN jsonb_build_object('reason', 'overdue', 'dueDate', due_date) ELSE jsonb_build_object('reason', 'stalled') END AS detail,
               ${now}::timestamptz - (${hash('seq', 20)} % 30) * interval '1 day' AS raised_at, ${hash('seq', 21)} % 4 AS level
        FROM s1
        WHERE status <> 'completed' AND ((due_date < ${today}::date AND ${hash('seq', 22)} % 4 = 0) OR ${hash('seq', 22)} % 100 = 1)
      ) f
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM t0) AS tasks, (SELECT count(*) FROM s1) AS shares, (SELECT count(*) FROM rep) AS reports,
           (SELECT sum(h4 % 4) FROM t0) AS milestones, (SELECT count(*) FROM ins_flags) AS flags`;
}

export async function readMarker(db: Db): Promise<WorkDataMarker | undefined> {
  return (await getSetting(db, MARKER_KEY)) as WorkDataMarker | undefined;
}

/**
 * Removes earlier bench data before generating anew. The bench database holds
 * nothing else; if it does (a plan that is not ours), we stop rather than guess.
 */
async function clearWorkData(db: Db): Promise<void> {
  const foreign = await db.selectFrom('plans').select('code').where((eb) => eb.or([eb('is_demo', '=', false), eb('code', 'not like', `${PLAN_PREFIX}%`)])).limit(1).executeTakeFirst();
  if (foreign) throw new Error(`The bench database holds plan "${foreign.code}", which the generator did not make; refusing to clear it.`);
  await db.deleteFrom('app_settings').where('key', '=', MARKER_KEY).execute();
  await sql`TRUNCATE supervision_flags, progress_reports, task_milestones, task_shares, task_bodies, plan_tasks, tasks, plans CASCADE`.execute(db);
}

/** Generates the data unless the marker says this scale is already there. */
export async function ensureWorkData(db: Db, options: GenerateOptions): Promise<{ marker: WorkDataMarker; generated: boolean }> {
  const existing = await readMarker(db);
  if (existing && existing.scale === options.scale && existing.version === GENERATOR_VERSION) return { marker: existing, generated: false };
  const sizes = sizesOf(options.scale);
  options.log(`Generating work-loop data at scale ${options.scale}: ${sizes.tasks.toLocaleString('en-US')} tasks, ${sizes.shares.toLocaleString('en-US')} shares, ~${sizes.approxReports.toLocaleString('en-US')} reports…`);
  const started = performance.now();
  await clearWorkData(db);
  await createPlans(db, sizes);

  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(options.now);
  const periods = { monthly: currentPeriodIndex(options.now, 'monthly'), quarterly: currentPeriodIndex(options.now, 'quarterly') };
  const totals = { tasks: 0, shares: 0, reports: 0, milestones: 0, flags: 0 };
  const queue = batchesOf(sizes.tasks, BATCH_TASKS);
  options.progress.start(sizes.tasks, 'tasks');
  const worker = async () => {
    try {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        const row = (await batchStatement(batch[0], batch[1], options.now, today, periods).execute(db)).rows[0]!;
        for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += Number(row[key]);
        options.progress.update(totals.tasks, `${totals.reports.toLocaleString('en-US')} reports`);
      }
    } catch (error) {
      queue.length = 0; // the other worker stops too: no marker is written, the next run starts over
      throw error;
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 2 }, worker));
  } finally {
    options.progress.stop();
  }

  options.log('Vacuuming and analysing the generated tables (planner statistics, visibility map)…');
  for (const table of ['plans', 'plan_tasks', 'tasks', 'task_bodies', 'task_shares', 'task_milestones', 'progress_reports', 'supervision_flags']) {
    await sql`VACUUM (ANALYZE) ${sql.table(table)}`.execute(db);
  }
  if (options.checkpoint !== false) await sql`CHECKPOINT`.execute(db);
  const marker: WorkDataMarker = {
    version: GENERATOR_VERSION,
    scale: options.scale,
    ...totals,
    generatedAt: options.now.toISOString(),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  await putSetting(db, MARKER_KEY, marker);
  options.log(`Generated in ${marker.seconds} s: ${JSON.stringify(totals)}`);
  return { marker, generated: true };
}
