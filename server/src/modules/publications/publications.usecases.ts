import type { AppDeps } from '../../app-deps.ts';
import type { DisclosureLevel, PublicationState } from '../../db/schema.ts';
import { commonErrors } from '../../shared/errors.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { publicationsErrors } from './publications.errors.ts';
import { PUBLICATION_TRANSITIONS, STEP_OF, type PublicSnapshot } from './publications.models.ts';
import { project, PROJECTORS } from './publications.projectors.ts';
import * as repo from './publications.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor };

export async function proposePublication(deps: WriteDeps, input: { kind: string; recordId: string; disclosure?: DisclosureLevel; isDemo?: boolean }): Promise<string> {
  if (!PROJECTORS[input.kind]) throw publicationsErrors.unknownKind(input.kind);
  const disclosure = input.disclosure ?? 'public';
  return auditedTransaction(deps, async (trx, audit) => {
    const preview = await project(trx, input.kind, input.recordId);
    if (!preview) throw publicationsErrors.recordNotFound(input.kind);
    const live = await repo.findLive(trx, input.kind, input.recordId);
    if (live) throw publicationsErrors.alreadyProposed(live.id);
    const now = deps.clock.now();
    const id = await repo.insertPublication(trx, {
      record_kind: input.kind, record_id: input.recordId, disclosure, state: 'draft', title_zh: preview.titleZh, title_en: preview.titleEn,
      snapshot: null, is_demo: input.isDemo ?? false, created_by: deps.actor.userId, created_at: now, updated_at: now,
    });
    await repo.insertStep(trx, { publication_id: id, step: 'propose', from_state: null, to_state: 'draft', disclosure, actor_id: deps.actor.userId, actor_name: deps.actor.username, at: now });
    audit({ action: 'publication.propose', objectType: 'publication', objectId: id, summary: { kind: input.kind, recordId: input.recordId, disclosure } });
    return id;
  });
}

export async function getPublication(deps: Deps, id: string) {
  const publication = await repo.findPublication(deps.db, id);
  if (!publication) throw publicationsErrors.notFound();
  const steps = await repo.stepsOf(deps.db, id);
  // A draft shows what approval would freeze now; an approved or later one shows what was frozen.
  const preview = publication.state === 'draft' ? ((await project(deps.db, publication.record_kind, publication.record_id)) ?? null) : null;
  return { publication, steps, preview };
}

export async function listPublications(deps: Deps, query: { kind?: string; state?: PublicationState; disclosure?: DisclosureLevel; limit?: number; cursor?: string }) {
  const limit = query.limit ?? 100;
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | undefined;
  return pageOf(await repo.listPublications(deps.db, { ...query, limit: limit + 1, after }), limit, (p) => [p.updated_at.toISOString(), p.id]);
}

export async function setDisclosure(deps: WriteDeps, id: string, input: { disclosure: DisclosureLevel; version: number }) {
  await auditedTransaction(deps, async (trx, audit) => {
    const p = await repo.findPublicationForUpdate(trx, id);
    if (!p) throw publicationsErrors.notFound();
    if (p.version !== input.version) throw commonErrors.versionConflict(p.version);
    if (p.state !== 'draft') throw publicationsErrors.notDraft(p.state);
    const now = deps.clock.now();
    await repo.updatePublication(trx, id, { disclosure: input.disclosure }, now);
    await repo.insertStep(trx, { publication_id: id, step: 'disclosure', from_state: 'draft', to_state: 'draft', disclosure: input.disclosure, actor_id: deps.actor.userId, actor_name: deps.actor.username, at: now });
    audit({ action: 'publication.disclosure', objectType: 'publication', objectId: id, summary: { from: p.disclosure, to: input.disclosure } });
  });
  return getPublication(deps, id);
}

/**
 * One step of the workflow. Approval freezes the record's public projection as it stands; publishing
 * shows exactly that frozen text, however the record changes afterwards. Reopening drops it.
 */
export async function transitionPublication(deps: WriteDeps, id: string, input: { to: PublicationState; version: number }) {
  await auditedTransaction(deps, async (trx, audit) => {
    const p = await repo.findPublicationForUpdate(trx, id);
    if (!p) throw publicationsErrors.notFound();
    if (p.version !== input.version) throw commonErrors.versionConflict(p.version);
    const allowed = PUBLICATION_TRANSITIONS[p.state];
    if (!allowed.includes(input.to)) throw publicationsErrors.illegalTransition(p.state, input.to, allowed);
    if ((input.to === 'approved' || input.to === 'published') && p.disclosure === 'internal') throw publicationsErrors.internalNotPublishable();
    const now = deps.clock.now();
    let values: Parameters<typeof repo.updatePublication>[2] = { state: input.to };
    if (input.to === 'approved') {
      const snapshot: PublicSnapshot | undefined = await project(trx, p.record_kind, p.record_id);
      if (!snapshot) throw publicationsErrors.recordNotFound(p.record_kind);
      values = { ...values, snapshot: JSON.stringify(snapshot), title_zh: snapshot.titleZh, title_en: snapshot.titleEn, approved_at: now };
    } else if (input.to === 'draft') values = { ...values, snapshot: null, approved_at: null };
    else if (input.to === 'published') values = { ...values, published_at: now };
    else if (input.to === 'withdrawn') values = { ...values, withdrawn_at: now };
    await repo.updatePublication(trx, id, values, now);
    await repo.insertStep(trx, { publication_id: id, step: STEP_OF[input.to], from_state: p.state, to_state: input.to, disclosure: p.disclosure, actor_id: deps.actor.userId, actor_name: deps.actor.username, at: now });
    audit({ action: `publication.${STEP_OF[input.to]}`, objectType: 'publication', objectId: id, summary: { kind: p.record_kind, recordId: p.record_id, from: p.state, to: input.to } });
  });
  return getPublication(deps, id);
}
