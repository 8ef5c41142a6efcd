import type { AppDeps } from '../../app-deps.ts';
import type { ResultsKind } from '../../db/schema.ts';
import { commonErrors } from '../../shared/errors.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { buildReport } from './results.build.ts';
import { resultsErrors } from './results.errors.ts';
import type { Lang, ReportKey } from './results.models.ts';
import * as repo from './results.repository.ts';
import type { ResultsReport } from './results.schemas.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;
type WriteDeps = Deps & { actor: Actor };

/** The key as asked: a quarter only for the bulletin, a member (that exists) only for a member's report. */
export async function checkKey(deps: Deps, input: { kind: ResultsKind; year: number; quarter?: number; memberCode?: string }): Promise<ReportKey> {
  if (input.kind === 'quarterly' && input.quarter === undefined) throw resultsErrors.quarterRequired();
  if (input.kind !== 'quarterly' && input.quarter !== undefined) throw resultsErrors.quarterNotAllowed();
  if (input.kind === 'member' && !input.memberCode) throw resultsErrors.memberRequired();
  if (input.kind !== 'member' && input.memberCode !== undefined) throw resultsErrors.memberNotAllowed();
  if (input.memberCode && !(await repo.members(deps.db)).some((m) => m.code === input.memberCode)) throw resultsErrors.unknownMember(input.memberCode);
  return { kind: input.kind, year: input.year, quarter: input.quarter ?? null, memberCode: input.memberCode ?? null };
}

export async function getReport(deps: Deps, input: Parameters<typeof checkKey>[1], lang: Lang): Promise<ResultsReport> {
  return buildReport(deps, await checkKey(deps, input), lang);
}

export async function getEdition(deps: Deps, input: Parameters<typeof checkKey>[1]) {
  const key = await checkKey(deps, input);
  return { key, edition: await repo.findEdition(deps.db, key) };
}

export interface NarrativesInput {
  forewordZh: string;
  forewordEn: string;
  outlookZh: string;
  outlookEn: string;
}

/**
 * Saves the narratives. Version 0 creates the edition (a second creator racing the first gets the
 * 409, as any stale version does); otherwise the row must still be at `version`.
 */
export async function saveEdition(deps: WriteDeps, input: Parameters<typeof checkKey>[1] & NarrativesInput & { version: number }) {
  const key = await checkKey(deps, input);
  const narratives = { foreword_zh: input.forewordZh, foreword_en: input.forewordEn, outlook_zh: input.outlookZh, outlook_en: input.outlookEn };
  return auditedTransaction(deps, async (trx, audit) => {
    const now = deps.clock.now();
    const current = await repo.findEdition(trx, key);
    const saved = current
      ? await repo.updateEdition(trx, current.id, input.version, narratives, deps.actor.userId, now)
      : input.version === 0 ? await repo.insertEdition(trx, key, narratives, deps.actor.userId, now) : undefined;
    if (!saved) throw commonErrors.versionConflict(current?.version ?? 0);
    audit({
      action: current ? 'results.edition.update' : 'results.edition.create', objectType: 'results_edition', objectId: saved.id,
      summary: { ...key, version: saved.version, changed: Object.entries(narratives).filter(([k, v]) => !current || current[k as keyof typeof narratives] !== v).map(([k]) => k) },
    });
    return saved;
  });
}

/**
 * Publishes the edition: the report in both languages, as it stands now, is frozen into the edition
 * (the portal shows that copy). Publishing again replaces it with the report as it then stands.
 */
export async function publishEdition(deps: WriteDeps, input: Parameters<typeof checkKey>[1] & { version: number }) {
  const key = await checkKey(deps, input);
  const current = await repo.findEdition(deps.db, key);
  if (!current) throw resultsErrors.noEdition();
  if (current.version !== input.version) throw commonErrors.versionConflict(current.version);
  const [zh, en] = await Promise.all([buildReport(deps, key, 'zh-CN'), buildReport(deps, key, 'en')]);
  return auditedTransaction(deps, async (trx, audit) => {
    const now = deps.clock.now();
    const model = { 'zh-CN': { ...zh, publishedAt: now.toISOString() }, en: { ...en, publishedAt: now.toISOString() } };
    const saved = await repo.publishEdition(trx, current.id, input.version, model, deps.actor.userId, now);
    if (!saved) throw commonErrors.versionConflict((await repo.findEdition(trx, key))?.version ?? 0);
    audit({ action: 'results.edition.publish', objectType: 'results_edition', objectId: saved.id, summary: { ...key, version: saved.version, containsDemo: zh.containsDemo } });
    return saved;
  });
}

/** The latest published annual report in the language asked (the portal's "latest results report"), as frozen. */
export async function latestPublishedReport(deps: Pick<AppDeps, 'db'>, lang: Lang): Promise<ResultsReport | undefined> {
  const row = await repo.latestPublished(deps.db, 'annual');
  if (!row?.published_model) return undefined;
  return (row.published_model as Record<Lang, ResultsReport>)[lang];
}
