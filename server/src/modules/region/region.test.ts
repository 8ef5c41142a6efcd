import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config.ts';
import { systemActor } from '../../shared/principal.ts';
import { auditActions, createTestContext, type TestContext } from '../../../test/helpers.ts';
import { checkRegionConsistency } from './region.models.ts';
import { loadRegion, readRegionFile } from './region.usecases.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const yrdFile = () => readRegionFile(path.join(projectRoot, 'data', 'regions', 'yrd.json'));

describe('YRD reference data', () => {
  it('has the four members with their GB/T 2260 codes', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/members' });
    expect(response.statusCode).toBe(200);
    const members = response.json().items;
    expect(members.map((m: { code: string }) => m.code)).toEqual(['310000', '320000', '330000', '340000']);
    expect(members.map((m: { cityCount: number }) => m.cityCount)).toEqual([1, 13, 11, 16]);
  });

  it('has 41 cities with unique codes', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/cities?limit=200' });
    const cities = response.json().items as { code: string; nameZh: string; nameEn: string; memberCode: string }[];
    expect(cities).toHaveLength(41);
    expect(new Set(cities.map((c) => c.code)).size).toBe(41);
  });

  it('tells the two Suzhou and the two Taizhou apart by code and member', async () => {
    const suzhou = (await ctx.app.inject({ method: 'GET', url: '/api/v1/cities?q=Suzhou' })).json().items;
    expect(suzhou.map((c: { code: string; memberCode: string }) => [c.code, c.memberCode])).toEqual([
      ['320500', '320000'],
      ['341300', '340000'],
    ]);
    const taizhou = (await ctx.app.inject({ method: 'GET', url: '/api/v1/cities?q=Taizhou' })).json().items;
    expect(taizhou.map((c: { code: string; nameZh: string }) => [c.code, c.nameZh])).toEqual([
      ['321200', '泰州市'],
      ['331000', '台州市'],
    ]);
  });

  it('has the bodies of the three tiers and the NDRC as observer', async () => {
    const bodies = (await ctx.app.inject({ method: 'GET', url: '/api/v1/bodies?limit=200' })).json().items as { code: string; tier: string }[];
    const byCode = new Map(bodies.map((b) => [b.code, b.tier]));
    expect(byCode.get('symposium')).toBe('decision');
    expect(byCode.get('joint-meeting')).toBe('coordination');
    expect(byCode.get('sg-symposium')).toBe('coordination');
    expect(byCode.get('research-symposium')).toBe('coordination');
    expect(byCode.get('rco')).toBe('execution');
    expect(byCode.get('ndrc')).toBe('observer');
    expect(bodies.filter((b) => b.code.startsWith('wg-')).length).toBeGreaterThan(0);
  });

  it('reloads idempotently: the same file changes nothing and writes no audit event', async () => {
    const before = await auditActions(ctx.database.ownerDb);
    const result = await loadRegion({ db: ctx.deps.db, clock: ctx.clock, actor: systemActor('test') }, yrdFile());
    expect(result.changed).toBe(false);
    expect(await auditActions(ctx.database.ownerDb)).toEqual(before);
  });

  it('applies a changed file and audits it', async () => {
    const file = yrdFile();
    file.region.dataVersion = '2024.9';
    file.members[1]!.cities[0]!.nameEn = 'Nanjing City';
    const result = await loadRegion({ db: ctx.deps.db, clock: ctx.clock, actor: systemActor('test') }, file);
    expect(result.changed).toBe(true);
    const city = (await ctx.app.inject({ method: 'GET', url: '/api/v1/cities/320100' })).json();
    expect(city.nameEn).toBe('Nanjing City');
    expect((await auditActions(ctx.database.ownerDb)).filter((a) => a === 'region.load').length).toBe(2);
  });

  it('rejects an inconsistent file', () => {
    const file = yrdFile();
    file.members[0]!.cities.push({ code: '320500', nameZh: '苏州市', nameEn: 'Suzhou' });
    expect(checkRegionConsistency(file).join()).toMatch(/duplicate city code 320500/);
  });

  it('answers unknown codes with 404 in the caller’s language', async () => {
    const zh = await ctx.app.inject({ method: 'GET', url: '/api/v1/members/999999' });
    expect(zh.statusCode).toBe(404);
    expect(zh.json().error.message).toBe('找不到成员方 999999。');
    const en = await ctx.app.inject({ method: 'GET', url: '/api/v1/members/999999', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.json().error).toEqual({ code: 'region.member_not_found', message: 'Member 999999 was not found.' });
  });

  it('pages with cursors', async () => {
    const first = (await ctx.app.inject({ method: 'GET', url: '/api/v1/cities?limit=20' })).json();
    const second = (await ctx.app.inject({ method: 'GET', url: `/api/v1/cities?limit=20&cursor=${first.nextCursor}` })).json();
    const third = (await ctx.app.inject({ method: 'GET', url: `/api/v1/cities?limit=20&cursor=${second.nextCursor}` })).json();
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(20);
    expect(third.items).toHaveLength(1);
    expect(third.nextCursor).toBeNull();
    const bad = await ctx.app.inject({ method: 'GET', url: '/api/v1/cities?cursor=garbage' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('cursor');
  });
});
