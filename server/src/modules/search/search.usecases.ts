import type { AppDeps } from '../../app-deps.ts';
import type { Principal } from '../../shared/principal.ts';
import { DEFAULT_PER_KIND, SEARCH_KINDS, type SearchHit, type SearchKind } from './search.models.ts';
import { readableKinds } from './search.policies.ts';
import * as repo from './search.repository.ts';

type Deps = Pick<AppDeps, 'db'>;

const PATHS: Record<SearchKind, string> = {
  task: '/tasks', plan: '/plans', meeting: '/meetings', decision: '/decisions', agreement: '/agreements', matter: '/matters', document: '', service: '/services', project: '/projects', risk: '/risks',
};

/**
 * Titles (and codes) of every kind the caller may read that hold `q`, grouped by
 * kind in SEARCH_KINDS order. Kinds the caller may not read are never queried.
 */
export async function search(deps: Deps, principal: Principal, query: { q: string; kinds?: SearchKind[]; limit?: number }) {
  const wanted = query.kinds?.length ? SEARCH_KINDS.filter((k) => query.kinds!.includes(k)) : [...SEARCH_KINDS];
  const kinds = readableKinds(principal, wanted);
  const rows = await repo.searchTitles(deps.db, query.q.trim(), kinds, query.limit ?? DEFAULT_PER_KIND);
  const items: SearchHit[] = rows.map((r) => ({
    kind: r.kind, id: r.id, titleZh: r.title_zh, titleEn: r.title_en, code: r.code, status: r.status, isDemo: r.is_demo,
    link: r.kind === 'document' ? `${PATHS[r.owner_kind!]}/${r.owner_id}` : `${PATHS[r.kind]}/${r.id}`,
  }));
  const order = (k: SearchKind) => SEARCH_KINDS.indexOf(k);
  items.sort((a, b) => order(a.kind) - order(b.kind));
  return { items, kinds };
}
