import type { AppDeps, CallerDeps } from '../../app-deps.ts';
import type { AppConfig } from '../../config.ts';
import type { DataChanges } from '../../db/data-changes.ts';
import type { ObservationStatus } from '../../db/schema.ts';
import type { FieldError } from '../../shared/errors.ts';
import { commonErrors } from '../../shared/errors.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import type { Actor } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { auditedTransaction, type Trx } from '../audit/audit.usecases.ts';
import { evaluateRiskTriggers } from '../risks/risks.usecases.ts';
import { indicatorsErrors } from './indicators.errors.ts';
import { inMemberScope, sameValue, valueBreach, type MemberScope } from './indicators.models.ts';
import { memberScopeOf } from './indicators.policies.ts';
import { findIndicatorByCode, scopeBook } from './indicators.repository.ts';
import { checkObservationItems, indicatorsForItems, type CheckedItem, type CheckResult, type ItemError, type ObservationInput } from './observations.check.ts';
import * as repo from './observations.repository.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

export type { ObservationInput } from './observations.check.ts';
type Deps = Pick<AppDeps, 'db' | 'clock'>;
/** What a write needs: the database, the clock, who acts; dataChanges (when the app's) drops kept sessions at once. */
export type WriteDeps = Deps & { actor: Actor; dataChanges?: DataChanges; config?: Pick<AppConfig, 'smtpUrl'> };

export type UpsertOrigin = 'api' | 'push' | 'import' | 'demo';
export interface UpsertInput {
  items: ObservationInput[];
  /** The members the writer may write for ('all': the Office, the system). */
  memberScope: MemberScope;
  /** The API token that pushed the values, kept on each revision. */
  tokenId?: string;
  origin: UpsertOrigin;
  /** Rows written so far, after each chunk (a background import's progress). */
  onProgress?: (written: number) => Promise<void>;
}
export interface UpsertResult {
  created: number;
  revised: number;
  unchanged: number;
}

/** Items written per statement: large batches stay within sane statement sizes, one transaction for all. */
const CHUNK = 10_000;
/** Errors named in `fields` (all of them are in details.errors, up to ERROR_DETAIL_CAP). */
const FIELD_CAP = 200;
const ERROR_DETAIL_CAP = 10_000;

async function regionToday(db: Deps['db'] | Trx, now: Date): Promise<string> {
  return calendarDateIn(now, await regionTimeZone(db));
}

const asFields = (errors: ItemError[]): FieldError[] => errors.slice(0, FIELD_CAP).map((e) => ({ field: e.field, rule: e.rule, params: e.params }));

/** 403 before 400: a writer learns first what is not theirs to write. */
function throwBatchErrors(checked: CheckResult, total: number): void {
  if (checked.forbidden.length) {
    const finals = checked.forbidden.filter((e) => e.rule === 'observations.final_item');
    throw finals.length === checked.forbidden.length ? indicatorsErrors.finalOfficeOnly(asFields(finals)) : indicatorsErrors.notOwnMember(asFields(checked.forbidden));
  }
  if (checked.invalid.length) {
    throw indicatorsErrors.invalidItems(asFields(checked.invalid), {
      total, errorCount: checked.invalid.length,
      errors: checked.invalid.slice(0, ERROR_DETAIL_CAP).map((e) => ({ index: e.index, field: e.field, rule: e.rule, params: e.params })),
    });
  }
}

const metaOf = (deps: WriteDeps, now: Date, tokenId?: string): repo.RevisionMeta => ({
  changedBy: deps.actor.userId, changedByName: deps.actor.username, tokenId: tokenId ?? null, now,
});

/**
 * Writes a batch of observations, all or nothing: every item is checked first
 * (units, period, scope, city-in-member, code exists and is active, member
 * scope) and one bad item writes nothing. Idempotent: an item equal to what is
 * stored (same value; same source and note when given) changes nothing; a
 * different value adds a revision (first_value stays). Set-based, so 100,000
 * items are a few statements; one audit event summarises the call.
 */
export async function upsertObservations(deps: WriteDeps, input: UpsertInput): Promise<UpsertResult> {
  if (input.items.length === 0) return { created: 0, revised: 0, unchanged: 0 };
  return auditedTransaction(deps, async (trx, audit) => {
    const now = deps.clock.now();
    const [indicators, book, today] = await Promise.all([indicatorsForItems(trx, input.items), scopeBook(trx), regionToday(trx, now)]);
    const checked = checkObservationItems(input.items, { indicators, book, memberScope: input.memberScope, today, fieldOf: (i, f) => `items[${i}].${f}` });
    throwBatchErrors(checked, input.items.length);
    // Key order: two batches touching the same rows lock them in the same order.
    const valid = [...checked.valid].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const meta = metaOf(deps, now, input.tokenId);
    const result: UpsertResult = { created: 0, revised: 0, unchanged: 0 };
    const keyOf = (c: CheckedItem) => ({ indicatorId: c.indicator.id, scopeKey: c.scope.scopeKey, period: c.period.period });
    for (let start = 0; start < valid.length; start += CHUNK) {
      const chunk = valid.slice(start, start + CHUNK);
      // Read first without locks: a repeated push of the same values locks and writes nothing.
      const seen = await repo.findExisting(trx, chunk.map(keyOf), false);
      const missing = chunk.filter((c) => !seen.has(c.key));
      const created = await repo.insertNew(trx, missing.map((c) => ({
        ...keyOf(c), memberCode: c.scope.memberCode, cityCode: c.scope.cityCode, year: c.period.year, periodStart: c.period.periodStart,
        value: c.input.value, status: c.input.status ?? 'provisional', source: c.input.source ?? '', note: c.input.note ?? '',
      })), { ...meta, isDemo: input.origin === 'demo' });
      result.created += created.size;
      // Candidates for a revision: stored and different, or inserted meanwhile by someone else. Locked, then decided on what is stored now.
      const changed = chunk.filter((c) => seen.has(c.key) && revisionOf(seen.get(c.key)!, c.input) !== undefined);
      result.unchanged += chunk.length - missing.length - changed.length;
      const candidates = [...changed, ...missing.filter((c) => !created.has(c.key))];
      const locked = await repo.findExisting(trx, candidates.map(keyOf), true);
      const revisions: repo.Revision[] = [];
      for (const c of candidates) {
        const stored = locked.get(c.key);
        if (!stored) throw new Error(`observation ${c.key} neither inserted nor found`); // observations are never deleted
        const revision = revisionOf(stored, c.input);
        if (revision) revisions.push({ ...revision, reason: c.input.reason ?? '' });
        else result.unchanged += 1;
      }
      result.revised += await repo.applyRevisions(trx, revisions, meta);
      await input.onProgress?.(start + chunk.length);
    }
    // Risk triggers on these indicators × scopes, in this transaction (unchanged values too: the trigger's state keeps it to one alert).
    await evaluateRiskTriggers(trx, deps, audit, valid.map((c) => ({ indicatorId: c.indicator.id, scopeKey: c.scope.scopeKey })));
    audit({
      action: 'observations.upsert', objectType: 'observation', objectId: null,
      // Not 'tokenId': the audit trail redacts keys that look like secrets (…token…), and the id is no secret.
      summary: { origin: input.origin, apiCredentialId: input.tokenId ?? null, items: input.items.length, ...result, indicators: [...indicators.keys()].slice(0, 50) },
    });
    return result;
  });
}

/**
 * What a write changes in a stored observation, or undefined when nothing.
 * A new value is provisional again unless the writer (the Office) says final;
 * 'final' for a provisional value with the same value confirms it; a member's
 * 'provisional' never downgrades a confirmed value by itself.
 */
function revisionOf(stored: { id: string; value: string; status: ObservationStatus; source: string; note: string }, input: { value: number; source?: string; note?: string; status?: ObservationStatus }) {
  const source = input.source ?? stored.source;
  const note = input.note ?? stored.note;
  const valueChanged = !sameValue(stored.value, input.value);
  const confirming = input.status === 'final' && stored.status === 'provisional';
  if (!valueChanged && source === stored.source && note === stored.note && !confirming) return undefined;
  const status: ObservationStatus = valueChanged ? (input.status ?? 'provisional') : confirming ? 'final' : stored.status;
  return { id: stored.id, value: input.value, status, source, note };
}

export async function getObservation(deps: Deps, id: string) {
  const observation = await repo.findObservation(deps.db, id);
  if (!observation) throw indicatorsErrors.observationNotFound();
  return { observation, revisions: await repo.revisionsOf(deps.db, id) };
}

export async function listObservations(
  deps: Deps, query: { indicator?: string; scope?: string; member?: string; year?: number; status?: ObservationStatus; limit?: number; cursor?: string },
) {
  const limit = query.limit ?? 100;
  const after = decodeCursor(query.cursor, ['date', 'uuid']) as [string, string] | undefined;
  let indicatorId: string | undefined;
  if (query.indicator) {
    const indicator = await findIndicatorByCode(deps.db, query.indicator);
    if (!indicator) throw indicatorsErrors.unknownIndicatorFilter(query.indicator);
    indicatorId = indicator.id;
  }
  const rows = await repo.listObservations(deps.db, { indicatorId, scope: query.scope, member: query.member, year: query.year, status: query.status, limit: limit + 1, after });
  return pageOf(rows, limit, (o) => [o.period_start, o.id]);
}

/** One new observation (409 if its indicator × scope × period exists: corrections go through correctObservation). */
export async function createObservation(deps: CallerDeps, input: ObservationInput) {
  const id = await auditedTransaction(deps, async (trx, audit) => {
    const now = deps.clock.now();
    const indicators = await indicatorsForItems(trx, [input]);
    const indicator = indicators.get(input.indicatorCode);
    if (indicator?.status === 'retired') throw indicatorsErrors.retired(indicator.code);
    const checked = checkObservationItems([input], {
      indicators, book: await scopeBook(trx), memberScope: memberScopeOf(deps.principal), today: await regionToday(trx, now), fieldOf: (_, f) => f,
    });
    if (checked.forbidden.length) {
      throw checked.forbidden.every((e) => e.rule === 'observations.final_item') ? indicatorsErrors.finalOfficeOnly(asFields(checked.forbidden)) : indicatorsErrors.notOwnMember(asFields(checked.forbidden));
    }
    if (checked.invalid.length) throw indicatorsErrors.invalid(asFields(checked.invalid));
    const item = checked.valid[0]!;
    const created = await repo.insertNew(trx, [{
      indicatorId: item.indicator.id, scopeKey: item.scope.scopeKey, memberCode: item.scope.memberCode, cityCode: item.scope.cityCode,
      period: item.period.period, year: item.period.year, periodStart: item.period.periodStart, value: input.value,
      status: input.status ?? 'provisional', source: input.source ?? '', note: input.note ?? '',
    }], { ...metaOf(deps, now), isDemo: false });
    const newId = created.get(item.key);
    if (!newId) throw indicatorsErrors.observationExists(input.period);
    await evaluateRiskTriggers(trx, deps, audit, [{ indicatorId: item.indicator.id, scopeKey: item.scope.scopeKey }]);
    audit({
      action: 'observation.create', objectType: 'observation', objectId: newId,
      summary: { indicator: input.indicatorCode, scope: item.scope.scopeKey, period: input.period, value: input.value, status: input.status ?? 'provisional' },
    });
    return newId;
  });
  return getObservation(deps, id);
}

/** A correction: a new revision with who, when and why; the value as first published stays. */
export async function correctObservation(deps: CallerDeps, id: string, input: { value: number; reason: string; source?: string; note?: string; version: number }) {
  const reason = input.reason.trim();
  if (!reason) throw indicatorsErrors.reasonRequired();
  await auditedTransaction(deps, async (trx, audit) => {
    const row = await repo.findObservationForUpdate(trx, id);
    if (!row) throw indicatorsErrors.observationNotFound();
    if (!inMemberScope(memberScopeOf(deps.principal), row.member_code)) throw indicatorsErrors.notOwnMember();
    if (row.indicator_status === 'retired') throw indicatorsErrors.retired(row.indicator_code);
    if (row.version !== input.version) throw commonErrors.versionConflict(row.version);
    const breach = valueBreach(row, input.value);
    if (breach) throw indicatorsErrors.invalid([{ field: 'value', rule: breach.rule, params: breach.params }]);
    const revision = revisionOf(row, { value: input.value, source: input.source, note: input.note });
    if (!revision) throw indicatorsErrors.noChange();
    await repo.applyRevisions(trx, [{ ...revision, reason }], metaOf(deps, deps.clock.now()));
    await evaluateRiskTriggers(trx, deps, audit, [{ indicatorId: row.indicator_id, scopeKey: row.scope_key }]);
    audit({
      action: 'observation.correct', objectType: 'observation', objectId: id,
      summary: { indicator: row.indicator_code, scope: row.scope_key, period: row.period, from: Number(row.value), to: input.value, status: revision.status, revision: row.revision + 1, reason },
    });
  });
  return getObservation(deps, id);
}

/** The Office confirms a provisional value as final. */
export async function confirmObservation(deps: CallerDeps, id: string, input: { version: number }) {
  await auditedTransaction(deps, async (trx, audit) => {
    const row = await repo.findObservationForUpdate(trx, id);
    if (!row) throw indicatorsErrors.observationNotFound();
    if (row.indicator_status === 'retired') throw indicatorsErrors.retired(row.indicator_code);
    if (row.version !== input.version) throw commonErrors.versionConflict(row.version);
    if (row.status === 'final') throw indicatorsErrors.alreadyFinal();
    await repo.setFinal(trx, id, deps.clock.now());
    audit({ action: 'observation.confirm', objectType: 'observation', objectId: id, summary: { indicator: row.indicator_code, scope: row.scope_key, period: row.period, value: Number(row.value), revision: row.revision } });
  });
  return getObservation(deps, id);
}
