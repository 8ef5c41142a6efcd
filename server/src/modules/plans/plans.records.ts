/**
 * Loads real plan records taken from source documents (data/records/*.json):
 * not demo data. Each plan is created once (by code); its recorded status is
 * entered as a transition dated when it happened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { Type, type Static } from 'typebox';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { canTransition } from './plans.models.ts';
import * as repo from './plans.repository.ts';

const RecordFileSchema = Type.Object({
  $comment: Type.Optional(Type.String()),
  source: Type.String(),
  plans: Type.Array(
    Type.Object({
      kind: Type.Union([Type.Literal('three_year'), Type.Literal('annual'), Type.Literal('implementation')]),
      code: Type.String({ minLength: 1 }),
      titleZh: Type.String({ minLength: 1 }),
      titleEn: Type.String({ minLength: 1 }),
      descriptionZh: Type.String(),
      descriptionEn: Type.String(),
      periodStart: Type.String({ format: 'date' }),
      periodEnd: Type.String({ format: 'date' }),
      reportingCadence: Type.Union([Type.Literal('monthly'), Type.Literal('quarterly')]),
      status: Type.Union([Type.Literal('draft'), Type.Literal('adopted_in_principle'), Type.Literal('adopted'), Type.Literal('in_force')]),
      statusSince: Type.String({ format: 'date-time' }),
      statusNote: Type.String(),
    }),
  ),
});
type RecordFile = Static<typeof RecordFileSchema>;

export function readRecordFiles(dir: string): { file: string; records: RecordFile }[] {
  if (!fs.existsSync(dir)) return [];
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile(RecordFileSchema);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const records = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
      if (!validate(records)) throw new Error(`Record file ${file} is not valid: ${ajv.errorsText(validate.errors)}`);
      return { file, records: records as RecordFile };
    });
}

export async function loadPlanRecords(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor }, records: RecordFile): Promise<number> {
  let created = 0;
  for (const plan of records.plans) {
    if (await repo.planCodeExists(deps.db, plan.code)) continue;
    await auditedTransaction(deps, async (trx, audit) => {
      const now = deps.clock.now();
      const id = await repo.insertPlan(
        trx,
        {
          kind: plan.kind, code: plan.code, title_zh: plan.titleZh, title_en: plan.titleEn,
          description_zh: plan.descriptionZh, description_en: plan.descriptionEn,
          period_start: plan.periodStart, period_end: plan.periodEnd, parent_plan_id: null,
          reporting_cadence: plan.reportingCadence, stalled_after_days: 45, is_demo: false, created_by: null,
        },
        now,
      );
      if (plan.status !== 'draft') {
        if (!canTransition('draft', plan.status)) throw new Error(`Plan ${plan.code}: cannot record status ${plan.status} from draft`);
        await repo.insertTransition(trx, {
          planId: id, from: 'draft', to: plan.status, at: new Date(plan.statusSince), actorUserId: null,
          actorUsername: deps.actor.username, note: plan.statusNote, decisionRef: null,
        });
        await repo.updatePlan(trx, id, { status: plan.status }, now);
      }
      audit({ action: 'plan.create', objectType: 'plan', objectId: id, summary: { code: plan.code, source: records.source, status: plan.status } });
    });
    created += 1;
  }
  return created;
}
