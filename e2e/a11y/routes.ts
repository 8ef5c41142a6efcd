/**
 * Every page route of web/src/App.tsx and how to reach it. The accessibility
 * walk (08-a11y) and any screenshot tour read this one table, so a new page
 * without an entry here is a page nobody checks: add it when adding a route.
 * Record ids come from the API (the labelled demo data loaded on first start,
 * plus the few records `resolveRouteIds` makes when the demo has none).
 */
import type { ApiClient } from '../api.ts';

export interface RouteIds {
  userId: string;
  planId: string;
  taskId: string;
  meetingId: string;
  decisionId: string;
  matterId: string;
  agreementId: string;
  indicatorCode: string;
  indexMethodCode: string;
  serviceId: string;
  projectId: string;
  riskId: string;
}

/** Who opens the page: a work-and-admin account (default), nobody signed in, or a user who must change the password. */
export type RouteAccount = 'staff' | 'anonymous' | 'forced';

export interface PageRoute {
  /** Stable name for reports and screenshots. */
  name: string;
  /** The address, with record ids filled in. */
  path: (ids: RouteIds) => string;
  account?: RouteAccount;
}

const fixed = (path: string) => () => path;

export const PAGE_ROUTES: readonly PageRoute[] = [
  { name: 'login', path: fixed('/login'), account: 'anonymous' },
  { name: 'change-password', path: fixed('/change-password'), account: 'forced' },
  { name: 'home', path: fixed('/') },
  { name: 'region', path: fixed('/region') },
  { name: 'users', path: fixed('/admin/users') },
  { name: 'user-detail', path: (ids) => `/admin/users/${ids.userId}` },
  { name: 'audit', path: fixed('/audit') },
  { name: 'plans', path: fixed('/plans') },
  { name: 'plan-detail', path: (ids) => `/plans/${ids.planId}` },
  { name: 'tasks', path: fixed('/tasks') },
  { name: 'task-detail', path: (ids) => `/tasks/${ids.taskId}` },
  { name: 'my-work', path: fixed('/my-work') },
  { name: 'board', path: fixed('/supervision/board') },
  { name: 'board-alias', path: fixed('/board') },
  { name: 'meetings', path: fixed('/meetings') },
  { name: 'meetings-calendar', path: fixed('/meetings/calendar') },
  { name: 'meeting-detail', path: (ids) => `/meetings/${ids.meetingId}` },
  { name: 'decision-detail', path: (ids) => `/decisions/${ids.decisionId}` },
  { name: 'dashboard', path: fixed('/dashboard') },
  { name: 'results', path: fixed('/results') },
  { name: 'reports', path: fixed('/reports') },
  { name: 'decisions', path: fixed('/decisions') },
  { name: 'indicators', path: fixed('/indicators') },
  { name: 'indicator-detail', path: (ids) => `/indicators/${ids.indicatorCode}` },
  { name: 'observations', path: (ids) => `/indicators/${ids.indicatorCode}/observations` },
  { name: 'index-method', path: (ids) => `/index-methods/${ids.indexMethodCode}` },
  { name: 'matters', path: fixed('/matters') },
  { name: 'matter-detail', path: (ids) => `/matters/${ids.matterId}` },
  { name: 'agreements', path: fixed('/agreements') },
  { name: 'agreement-detail', path: (ids) => `/agreements/${ids.agreementId}` },
  { name: 'inbox', path: fixed('/inbox') },
  { name: 'todo', path: fixed('/todo') },
  { name: 'webhooks', path: fixed('/admin/webhooks') },
  { name: 'tokens', path: fixed('/admin/tokens') },
  { name: 'services', path: fixed('/services') },
  { name: 'service-detail', path: (ids) => `/services/${ids.serviceId}` },
  { name: 'projects', path: fixed('/projects') },
  { name: 'project-detail', path: (ids) => `/projects/${ids.projectId}` },
  { name: 'risks', path: fixed('/risks') },
  { name: 'risk-detail', path: (ids) => `/risks/${ids.riskId}` },
  { name: 'publications', path: fixed('/publications') },
  { name: 'account', path: fixed('/account') },
  { name: 'not-found', path: fixed('/no-such-page') },
];

interface Listed {
  items: { id?: string; code?: string; isDemo?: boolean; username?: string }[];
}

async function first(api: ApiClient, path: string, key: 'id' | 'code' = 'id'): Promise<string | undefined> {
  const list = await api.call<Listed>('GET', path);
  const item = list.items.find((i) => i.isDemo) ?? list.items[0];
  return item?.[key];
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new Error(`No ${what} to open: the demo data should hold one`);
  return value;
}

/** Ids for the detail pages, read as the Office (`api` must hold the office role). */
export async function resolveRouteIds(api: ApiClient): Promise<RouteIds> {
  const meetingId = required(await first(api, '/api/v1/meetings'), 'meeting');
  // The demo minutes are not final, so the demo has no decision: record one on the demo meeting.
  let decisionId = await first(api, '/api/v1/decisions');
  decisionId ??= (await api.call<{ id: string }>('POST', `/api/v1/meetings/${meetingId}/decisions`, {
    titleZh: '无障碍检查用决定（E2E）', titleEn: 'Decision for the accessibility check (E2E)', effects: [],
  })).id;
  return {
    userId: required(await first(api, '/api/v1/users'), 'user'),
    planId: required(await first(api, '/api/v1/plans'), 'plan'),
    taskId: required(await first(api, '/api/v1/tasks'), 'task'),
    meetingId,
    decisionId,
    matterId: required(await first(api, '/api/v1/matters'), 'matter'),
    agreementId: required(await first(api, '/api/v1/agreements'), 'agreement'),
    indicatorCode: required(await first(api, '/api/v1/indicators', 'code'), 'indicator'),
    indexMethodCode: required(await first(api, '/api/v1/index-methods', 'code'), 'index method'),
    serviceId: required(await first(api, '/api/v1/services'), 'public service'),
    projectId: required(await first(api, '/api/v1/projects'), 'key project'),
    riskId: required(await first(api, '/api/v1/risks'), 'risk'),
  };
}
