import { systemActor } from '../../src/shared/principal.ts';
import { proposePublication, transitionPublication } from '../../src/modules/publications/publications.usecases.ts';
import { createPlan } from '../../src/modules/plans/plans.usecases.ts';
import { everyone, only, type Cases, type MatrixFixtures } from './matrix.ts';

/** Publications: the Office alone reads the register and takes every step. The portal answers everyone. */
export async function publicationsCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const deps = { ...ctx.deps, actor: systemActor('matrix') };
  let n = 0;
  const plan = async () => createPlan(deps, { kind: 'annual', code: `PUB-M-${(n += 1)}`, titleZh: '矩阵公开规划', titleEn: 'Matrix plan', periodStart: '2025-01-01', periodEnd: '2025-12-31', reportingCadence: 'quarterly' });
  const draft = await proposePublication(deps, { kind: 'plan', recordId: await plan() });
  const published = await proposePublication(deps, { kind: 'plan', recordId: await plan() });
  await transitionPublication(deps, published, { to: 'approved', version: 1 });
  await transitionPublication(deps, published, { to: 'published', version: 2 });
  return {
    'GET /api/v1/publications': { path: () => '/api/v1/publications', expect: only(['office']) },
    // Each caller proposes a plan of its own, so the Office's 201 never collides with another's.
    'POST /api/v1/publications': { path: () => '/api/v1/publications', payload: async () => ({ kind: 'plan', recordId: await plan() }), expect: only(['office'], 201) },
    'GET /api/v1/publications/:id': { path: () => `/api/v1/publications/${draft}`, expect: only(['office']) },
    // A stale version: the Office reaches the check (409), the others are refused first.
    'POST /api/v1/publications/:id/disclosure': { path: () => `/api/v1/publications/${draft}/disclosure`, payload: () => ({ disclosure: 'public', version: 99 }), expect: only(['office'], 409) },
    'POST /api/v1/publications/:id/transitions': { path: () => `/api/v1/publications/${draft}/transitions`, payload: () => ({ to: 'approved', version: 99 }), expect: only(['office'], 409) },
    'GET /public': { path: () => '/public', expect: everyone(200) },
    'GET /public/portal.css': { path: () => '/public/portal.css', expect: everyone(200) },
    'GET /public/feed.atom': { path: () => '/public/feed.atom', expect: everyone(200) },
    'GET /public/sitemap.xml': { path: () => '/public/sitemap.xml', expect: everyone(200) },
    'GET /public/:section': { path: () => '/public/plans', expect: everyone(200) },
    'GET /public/:section #older English address': { path: () => '/public/plans?lang=en', expect: everyone(301) },
    'GET /public/results': { path: () => '/public/results', expect: everyone(200) },
    'GET /public/en': { path: () => '/public/en', expect: everyone(200) },
    'GET /public/en/:section': { path: () => '/public/en/agreements', expect: everyone(200) },
    'GET /public/en/results': { path: () => '/public/en/results', expect: everyone(200) },
    'GET /public/en/records/:id': { path: () => `/public/en/records/${published}`, expect: everyone(200) },
    'GET /public/records/:id': { path: () => `/public/records/${published}`, expect: everyone(200) },
    'GET /public/records/:id #unpublished': { path: () => `/public/records/${draft}`, expect: everyone(404) },
  };
}
