import { performance } from 'node:perf_hooks';
import type { AppDeps } from '../../app-deps.ts';
import type { FieldError } from '../../shared/errors.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import { systemActor, type Actor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { enqueue } from '../jobs/jobs.usecases.ts';
import { describeError, PermanentJobError, type JobHandler } from '../jobs/jobs.models.ts';
import { computeIndex, type IndexValue } from './composite-index.compute.ts';
import { compositeIndexErrors } from './composite-index.errors.ts';
import { aggregateOf, RECOMPUTE_JOB, specIndicatorCodes, specProblems, type IndexSpec, type RunTrigger } from './composite-index.models.ts';
import * as repo from './composite-index.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor } & Partial<Pick<AppDeps, 'dataChanges'>>;

export interface VersionInput {
  nameZh?: string;
  nameEn?: string;
  descriptionZh: string;
  descriptionEn?: string;
  spec: IndexSpec;
  /** Demo methods only (the demo loader). */
  isDemo?: boolean;
}

export async function listMethods(deps: Deps) {
  return repo.listMethods(deps.db);
}

export async function getMethod(deps: Deps, code: string) {
  const method = await repo.findMethod(deps.db, code);
  if (!method) throw compositeIndexErrors.notFound(code);
  const versions = await repo.versionsOf(deps.db, method.id);
  return { method, versions, current: versions.find((v) => v.status === 'published') };
}

/**
 * Field-named problems of a spec: its own rules, then its indicators: they must
 * exist, and have values for the index's scopes — not city-level (cities are not
 * scopes of the index), and not region-only under min–max (one scope has no range).
 */
async function checkSpec(db: Parameters<typeof repo.indicatorLevels>[0], spec: IndexSpec): Promise<void> {
  const problems: FieldError[] = specProblems(spec);
  const levels = await repo.indicatorLevels(db, specIndicatorCodes(spec));
  spec.dimensions.forEach((d, di) => d.indicators.forEach((i, ii) => {
    const field = `spec.dimensions.${di}.indicators.${ii}.code`;
    const level = levels.get(i.code);
    if (!level) problems.push({ field, rule: 'composite_index.unknown_indicator', params: { code: i.code } });
    else if (level === 'city') problems.push({ field, rule: 'composite_index.city_indicator', params: { code: i.code } });
    else if (level === 'region' && spec.normalisation === 'minmax_base_year') problems.push({ field, rule: 'composite_index.region_indicator_minmax', params: { code: i.code } });
  }));
  if (problems.length > 0) throw compositeIndexErrors.invalidSpec(problems);
}

/** A new draft version (the first one also creates the method). Published versions are never edited: a change is a new version. */
export async function createVersion(deps: WriteDeps, code: string, input: VersionInput) {
  return auditedTransaction(deps, async (trx, audit) => {
    const now = deps.clock.now();
    if (!(await repo.findMethod(trx, code))) {
      if (!input.nameZh) throw compositeIndexErrors.nameRequired();
      const createdId = await repo.ensureMethod(trx, { code, name_zh: input.nameZh, name_en: input.nameEn ?? '', is_demo: input.isDemo ?? false, created_at: now });
      if (createdId) audit({ action: 'index_method.create', objectType: 'index_method', objectId: createdId, summary: { code, nameZh: input.nameZh, isDemo: input.isDemo ?? false } });
    }
    const method = (await repo.findMethodForUpdate(trx, code))!;
    const renamed = { ...(input.nameZh && input.nameZh !== method.name_zh ? { name_zh: input.nameZh } : {}), ...(input.nameEn !== undefined && input.nameEn !== method.name_en ? { name_en: input.nameEn } : {}) };
    if (Object.keys(renamed).length > 0) {
      await repo.renameMethod(trx, method.id, renamed);
      audit({ action: 'index_method.rename', objectType: 'index_method', objectId: method.id, summary: { code, ...renamed } });
    }
    await checkSpec(trx, input.spec);
    const version = await repo.insertVersion(trx, {
      method_id: method.id, version: await repo.nextVersionNumber(trx, method.id), spec: input.spec,
      description_zh: input.descriptionZh, description_en: input.descriptionEn ?? '', created_by: deps.actor.userId, created_at: now,
    });
    audit({ action: 'index_method.version_create', objectType: 'index_method', objectId: method.id, summary: { code, version: version.version, spec: input.spec } });
    return version;
  });
}

/** Publishes a draft: from now on it is fixed, and its values are computed (in the background). */
export async function publishVersion(deps: WriteDeps, code: string, versionNumber: number) {
  return auditedTransaction(deps, async (trx, audit) => {
    const method = await repo.findMethod(trx, code);
    if (!method) throw compositeIndexErrors.notFound(code);
    const version = await repo.findVersionForUpdate(trx, method.id, versionNumber);
    if (!version) throw compositeIndexErrors.versionNotFound(code, versionNumber);
    if (version.status === 'published') throw compositeIndexErrors.alreadyPublished(versionNumber);
    // The indicators may have changed since the draft was written.
    await checkSpec(trx, version.spec as IndexSpec);
    const now = deps.clock.now();
    const published = await repo.publish(trx, version.id, now);
    await enqueue(trx, { kind: RECOMPUTE_JOB, payload: { trigger: 'publish', methodCode: code }, runAt: now, dedupKey: `${RECOMPUTE_JOB}:publish:${version.id}` }, now);
    audit({ action: 'index_method.version_publish', objectType: 'index_method', objectId: method.id, summary: { code, version: versionNumber } });
    return published;
  });
}

export async function getValues(deps: Deps, code: string, query: { version?: number; scope?: string[]; from?: number; to?: number; include?: 'components' }) {
  const method = await repo.findMethod(deps.db, code);
  if (!method) throw compositeIndexErrors.notFound(code);
  const version = query.version === undefined ? await repo.currentVersion(deps.db, method.id) : await repo.findVersion(deps.db, method.id, query.version);
  if (!version) throw query.version === undefined ? compositeIndexErrors.noPublishedVersion(code) : compositeIndexErrors.versionNotFound(code, query.version);
  if (version.status !== 'published') throw compositeIndexErrors.notPublished(version.version);
  const [values, summary] = await Promise.all([
    repo.valuesOf(deps.db, version.id, { scopes: query.scope, from: query.from, to: query.to, components: query.include === 'components' }),
    repo.listMethods(deps.db, method.id).then((rows) => rows[0]!),
  ]);
  return { method: summary, version, values };
}

export async function listRuns(deps: Deps, code: string, query: { limit?: number; cursor?: string }) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']); // a malformed cursor is a 400 before any lookup
  const method = await repo.findMethod(deps.db, code);
  if (!method) throw compositeIndexErrors.notFound(code);
  const limit = query.limit ?? 50;
  return pageOf(await repo.listRuns(deps.db, method.id, { limit: limit + 1, after }), limit, (r) => [r.started_at.toISOString(), r.id]);
}

/** The Office asks for a recomputation of one method now; a request still waiting for a worker is joined, not doubled. */
export async function requestRecompute(deps: WriteDeps, code: string): Promise<{ jobId: string; deduplicated: boolean }> {
  return auditedTransaction(deps, async (trx, audit) => {
    const method = await repo.findMethodForUpdate(trx, code);
    if (!method) throw compositeIndexErrors.notFound(code);
    if (!(await repo.currentVersion(trx, method.id))) throw compositeIndexErrors.noPublishedVersion(code);
    const waiting = await repo.pendingRecompute(trx, code);
    if (waiting) return { jobId: waiting.id, deduplicated: true };
    const now = deps.clock.now();
    const jobId = (await enqueue(trx, { kind: RECOMPUTE_JOB, payload: { trigger: 'manual', methodCode: code }, runAt: now, dedupKey: `${RECOMPUTE_JOB}:manual:${code}:${now.toISOString()}` }, now))!;
    audit({ action: 'index_method.recompute_request', objectType: 'index_method', objectId: method.id, summary: { code, jobId } });
    return { jobId, deduplicated: false };
  });
}

export interface RunOutcome {
  versionId: string;
  methodCode: string;
  version: number;
  valuesWritten: number;
  durationMs: number;
}

/**
 * Recomputes every published version (of one method, or all) from the data as
 * it is now: one SQL aggregate for all their indicators (yearly values per
 * indicator × scope), then each version in memory, then its values replaced.
 * One transaction: readers see the old values or the new ones, never a mix.
 * Each version's run is recorded with its duration (the shared read counted in
 * each); a failure is recorded as a failed run of each version, then rethrown.
 */
export async function recompute(deps: Deps & Partial<Pick<AppDeps, 'dataChanges'>>, input: { trigger: RunTrigger; methodCode?: string }): Promise<RunOutcome[]> {
  const actor = systemActor('composite-index');
  const startedAt = deps.clock.now();
  const t0 = performance.now();
  try {
    return await auditedTransaction({ ...deps, actor }, async (trx, audit) => {
      const versions = await repo.lockPublishedVersions(trx, input.methodCode);
      if (versions.length === 0) return [];
      const specs = versions.map((v) => ({ ...v, spec: v.spec as IndexSpec }));
      const codes = [...new Set(specs.flatMap((v) => specIndicatorCodes(v.spec)))];
      const averaged = [...new Set(specs.flatMap((v) => v.spec.dimensions.flatMap((d) => d.indicators.filter((i) => aggregateOf(v.spec, i) === 'mean').map((i) => i.code))))];
      const cells = await repo.yearlyCells(trx, codes, averaged);
      const directions = await repo.indicatorDirections(trx, codes);
      const targets = specs.some((v) => v.spec.normalisation === 'target') ? await repo.targetsOf(trx, codes) : [];
      const readMs = performance.now() - t0;
      const outcomes: RunOutcome[] = [];
      for (const v of specs) {
        const t1 = performance.now();
        const values: IndexValue[] = computeIndex({ spec: v.spec, directions, cells, targets });
        const now = deps.clock.now();
        const runId = await repo.insertRun(trx, { method_version_id: v.id, trigger: input.trigger, started_at: startedAt, finished_at: now, duration_ms: 0, status: 'succeeded' });
        await repo.replaceValues(trx, v.id, values, runId, now);
        const durationMs = Math.round(readMs + performance.now() - t1);
        await repo.finishRun(trx, runId, { finished_at: deps.clock.now(), duration_ms: durationMs, values_written: values.length });
        audit({ action: 'index_method.recompute', objectType: 'index_method', objectId: v.method_id, summary: { code: v.method_code, version: v.version, trigger: input.trigger, values: values.length, durationMs, runId } });
        outcomes.push({ versionId: v.id, methodCode: v.method_code, version: v.version, valuesWritten: values.length, durationMs });
      }
      return outcomes;
    });
  } catch (error) {
    await recordFailure(deps, actor, input, startedAt, Math.round(performance.now() - t0), error).catch(() => undefined);
    throw error;
  }
}

async function recordFailure(deps: Deps, actor: Actor, input: { trigger: RunTrigger; methodCode?: string }, startedAt: Date, durationMs: number, error: unknown) {
  await auditedTransaction({ ...deps, actor }, async (trx, audit) => {
    for (const { id } of await repo.publishedVersionIds(trx, input.methodCode)) {
      const runId = await repo.insertRun(trx, { method_version_id: id, trigger: input.trigger, started_at: startedAt, finished_at: deps.clock.now(), duration_ms: durationMs, status: 'failed', error: describeError(error) });
      audit({ action: 'index_method.recompute_failed', objectType: 'index_method_version', objectId: id, summary: { trigger: input.trigger, runId } });
    }
  });
}

const TRIGGERS: RunTrigger[] = ['observations', 'manual', 'publish'];

/** Recomputes the index: set off by changed observations (a trigger enqueues it), a publication, or the Office. */
export const recomputeHandler: JobHandler = {
  kind: RECOMPUTE_JOB,
  leaseMs: 30 * 60_000,
  async run(deps, job) {
    const trigger = job.payload.trigger as RunTrigger;
    if (!TRIGGERS.includes(trigger)) throw new PermanentJobError(`unknown trigger ${String(job.payload.trigger)}`);
    const methodCode = typeof job.payload.methodCode === 'string' ? job.payload.methodCode : undefined;
    await recompute(deps, { trigger, methodCode });
  },
};
