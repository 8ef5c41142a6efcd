import type { AppDeps } from '../../app-deps.ts';
import type { PublicSnapshot } from '../publications/publications.models.ts';
import { findPublic, listPublic } from '../publications/publications.repository.ts';
import type { PortalItem } from './portal.html.ts';

type Deps = Pick<AppDeps, 'db'>;

/** The portal reads only published, public publications, and only their frozen snapshots. */
const toItem = (r: { id: string; record_kind: string; snapshot: unknown; published_at: Date | null; is_demo: boolean }): PortalItem => ({
  id: r.id, kind: r.record_kind, snapshot: r.snapshot as PublicSnapshot, publishedAt: r.published_at ?? new Date(0), isDemo: r.is_demo,
});

export const latest = async (deps: Deps, limit: number, kind?: string) => (await listPublic(deps.db, { limit, ...(kind ? { kind } : {}) })).map(toItem);

export async function byKinds(deps: Deps, kinds: readonly string[]): Promise<Map<string, PortalItem[]>> {
  const lists = await Promise.all(kinds.map((kind) => latest(deps, 500, kind)));
  return new Map(kinds.map((kind, i) => [kind, lists[i]!]));
}

export async function record(deps: Deps, id: string): Promise<PortalItem | undefined> {
  const row = await findPublic(deps.db, id);
  return row ? toItem(row) : undefined;
}
