/**
 * Response headers (issue 14, item 14): a signed-in user's JSON answers are
 * never cached (Cache-Control: no-store), on every JSON route; the Swagger UI page has a Content-Security-Policy
 * of its own, as the web UI's pages do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../test/helpers.ts';

let ctx: TestContext;
let office: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'hd.office', [{ role: 'office' }]);
  office = await login(ctx.app, 'hd.office');
});
afterAll(() => ctx.close());

describe('signed-in JSON answers', () => {
  it('carry Cache-Control: no-store on every JSON list and record a signed-in user reads', async () => {
    const doc = ctx.app.swagger() as unknown as { paths: Record<string, Record<string, unknown>> };
    const reads = Object.keys(doc.paths).filter((p) => doc.paths[p]!.get && !p.includes('{') && !p.startsWith('/api/docs'));
    expect(reads.length).toBeGreaterThan(30);
    const missing: string[] = [];
    for (const path of reads) {
      const response = await ctx.app.inject({ method: 'GET', url: path, headers: office.headers });
      if (String(response.headers['content-type']).startsWith('application/json') && response.headers['cache-control'] !== 'no-store') missing.push(`${path} (${response.statusCode}, ${response.headers['cache-control']})`);
    }
    expect(missing).toEqual([]);
  });

  it('at sign-in too (the answer carries the CSRF token), and on errors', async () => {
    const signIn = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'hd.office', password: 'Correct-Horse-Battery-42' } });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.headers['cache-control']).toBe('no-store');
    const notFound = await ctx.app.inject({ method: 'GET', url: '/api/v1/tasks/00000000-0000-4000-8000-000000000000', headers: office.headers });
    expect(notFound.statusCode).toBe(404);
    expect(notFound.headers['cache-control']).toBe('no-store');
  });
});

describe('the Swagger UI page', () => {
  it('has a Content-Security-Policy: its own scripts only, no objects, not framed', async () => {
    const page = await ctx.app.inject({ method: 'GET', url: '/api/docs' });
    const html = page.statusCode === 302 ? await ctx.app.inject({ method: 'GET', url: String(page.headers.location) }) : page;
    expect(String(html.headers['content-type'])).toMatch(/^text\/html/);
    const csp = String(html.headers['content-security-policy'] ?? '');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(html.body).not.toMatch(/<script>(?!\s*<\/script>)/); // no inline script the policy would block
  });
});
