/**
 * The access matrix: every registered route × every role (and, for records that
 * belong to a member, own member × other member) → the expected status. A route
 * missing from the tables fails the suite, so no endpoint ships without a
 * decision about who may call it. Each module's cases live in server/test/access/.
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyPlugin } from './plugins/policy.ts';
import { createTestContext, createUser, login, type Session, type TestContext } from '../test/helpers.ts';
import { foundationCases } from '../test/access/foundation.ts';
import { workCases } from '../test/access/work.ts';
import { excelCases } from '../test/access/excel.ts';
import { supervisionCases } from '../test/access/supervision.ts';
import { notificationsCases } from '../test/access/notifications.ts';
import { reportsCases } from '../test/access/reports.ts';
import { meetingsCases } from '../test/access/meetings.ts';
import { decisionsCases } from '../test/access/decisions.ts';
import { mattersCases } from '../test/access/matters.ts';
import { agreementsCases } from '../test/access/agreements.ts';
import { printingCases } from '../test/access/printing.ts';
import { resultsCases } from '../test/access/results.ts';
import { calendarCases } from '../test/access/calendar.ts';
import { publicationsCases } from '../test/access/publications.ts';
import { documentsCases } from '../test/access/documents.ts';
import { todoCases } from '../test/access/todo.ts';
import { dashboardCases } from '../test/access/dashboard.ts';
import { indicatorsCases } from '../test/access/indicators.ts';
import { compositeIndexCases } from '../test/access/composite-index.ts';
import { tokensCases } from '../test/access/tokens.ts';
import { searchCases } from '../test/access/search.ts';
import { usersImportCases } from '../test/access/users-import.ts';
import { authCases } from '../test/access/auth.ts';
import { risksCases } from '../test/access/risks.ts';
import { servicesCases } from '../test/access/services.ts';
import { recordsCases } from '../test/access/records.ts';
import { projectsCases } from '../test/access/projects.ts';
import { listExportsCases } from '../test/access/list-exports.ts';
import { EVERYONE, OWN_MEMBER, type Cases, type MatrixFixtures, type Who } from '../test/access/matrix.ts';

/** Every module's cases, in registration order. */
const CASE_SOURCES: ((fixtures: MatrixFixtures) => Promise<Cases>)[] = [foundationCases, workCases, reportsCases, supervisionCases, notificationsCases, excelCases, meetingsCases, decisionsCases, mattersCases, agreementsCases, publicationsCases, calendarCases, documentsCases, todoCases, dashboardCases, compositeIndexCases, indicatorsCases, tokensCases, searchCases, usersImportCases, authCases, servicesCases, recordsCases, risksCases, projectsCases, listExportsCases, printingCases, resultsCases];

/** Plugin-owned or catch-all routes, covered by their own tests. */
const OUT_OF_TABLE = (method: string, url: string) => url.startsWith('/api/docs') || url === '/*' || method === 'HEAD';

const routeOf = (key: string) => key.split(' #')[0]!;

let ctx: TestContext;
let table: Cases = {};
const sessions = new Map<Who, Session>();

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  const userIds = {
    admin: await createUser(db, 'm.admin', [{ role: 'admin' }]),
    office: await createUser(db, 'm.office', [{ role: 'office' }]),
    observer: await createUser(db, 'm.observer', [{ role: 'observer' }]),
    liaison: await createUser(db, 'm.liaison', [{ role: 'liaison', memberCode: OWN_MEMBER }]),
    editor: await createUser(db, 'm.editor', [{ role: 'editor', memberCode: OWN_MEMBER }]),
  };
  const targetUserId = await createUser(db, 'm.target', [{ role: 'observer' }]);
  for (const source of CASE_SOURCES) table = { ...table, ...(await source({ ctx, userIds, targetUserId })) };
});
afterAll(() => ctx.close());

describe('access matrix', () => {
  it('covers every registered route', () => {
    const registered = [...new Set(ctx.app.accessCatalog.filter((r) => !OUT_OF_TABLE(r.method, r.url)).map((r) => `${r.method} ${r.url}`))].sort();
    const described = [...new Set(Object.keys(table).map(routeOf))].sort();
    expect(registered).toEqual(described);
  });

  for (const who of EVERYONE) {
    it(`${who}: every route answers as the table says`, async () => {
      const order = Object.keys(table).filter((k) => routeOf(k) !== 'POST /api/v1/auth/logout').concat('POST /api/v1/auth/logout');
      if (who !== 'anonymous') sessions.set(who, await login(ctx.app, `m.${who}`));
      const session = sessions.get(who);
      const failures: string[] = [];
      for (const key of order) {
        const entry = table[key]!;
        const method = routeOf(key).split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
        const url = await entry.path(who);
        const payload = entry.payload ? await entry.payload(who) : undefined;
        const response = await ctx.app.inject({ method, url, headers: session?.headers ?? {}, ...(payload ? { payload } : {}) });
        if (response.statusCode !== entry.expect[who]) {
          failures.push(`${key}: expected ${entry.expect[who]}, got ${response.statusCode} ${response.body.slice(0, 160)}`);
        } else if (entry.check && response.statusCode < 300) {
          try {
            await entry.check(who, response.json());
          } catch (error) {
            failures.push(`${key}: ${(error as Error).message}`);
          }
        }
      }
      // The list in the message too: reports (and scripts/mutation-check.mjs) then name each failing case.
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }

  it('serves the OpenAPI document publicly, every operation naming its policy', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.values(doc.paths as Record<string, Record<string, { 'x-access-policy'?: string }>>).flatMap((p) => Object.values(p));
    expect(operations.length).toBeGreaterThanOrEqual(new Set(Object.keys(table).map(routeOf)).size);
    expect(operations.every((op) => typeof op['x-access-policy'] === 'string')).toBe(true);
  });
});

describe('deny by default', () => {
  it('refuses to register a route without a policy', async () => {
    const app = Fastify();
    await app.register(policyPlugin, { deps: ctx.deps });
    expect(() => app.get('/api/v1/unguarded', async () => ({ ok: true }))).toThrow(/declares no access policy/);
    await app.close();
  });
});
