import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { projectRoot } from '../../config.ts';
import { DataChanges } from '../../db/data-changes.ts';
import type { Db } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { ManualClock } from '../../shared/clock.ts';
import { systemActor } from '../../shared/principal.ts';
import { createEmptyDatabase, testConfig } from '../../../test/helpers.ts';
import { loadRegion, readRegionFile } from './region.usecases.ts';

/** The YRD is configuration: another region loads from its own file into an empty platform. */
let empty: Awaited<ReturnType<typeof createEmptyDatabase>>;
let db: Db;

beforeAll(async () => {
  empty = await createEmptyDatabase();
  db = empty.db;
  await migrateToLatest(db);
});
afterAll(() => empty.drop());

describe('another region', () => {
  it('loads from its own data file and is served like the YRD', async () => {
    const file = readRegionFile(path.join(projectRoot, 'server', 'test', 'fixtures', 'region-chengdu-chongqing.json'));
    const clock = new ManualClock();
    await loadRegion({ db, clock, actor: systemActor('test') }, file);
    const app = await buildApp({ db, clock, config: testConfig(), dataChanges: new DataChanges() });
    const region = (await app.inject({ method: 'GET', url: '/api/v1/region' })).json();
    expect(region.region.nameEn).toBe('Chengdu-Chongqing Economic Circle');
    expect(region.counts).toEqual({ members: 2, cities: 4, bodies: 2 });
    const members = (await app.inject({ method: 'GET', url: '/api/v1/members' })).json().items;
    expect(members.map((m: { shortZh: string }) => m.shortZh)).toEqual(['渝', '川']);
    await app.close();
  });
});
