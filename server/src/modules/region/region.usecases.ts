import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Ajv } from 'ajv';
import type { AppDeps } from '../../app-deps.ts';
import type { Tier } from '../../db/schema.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction, type Trx } from '../audit/audit.usecases.ts';
import { regionErrors } from './region.errors.ts';
import { checkRegionConsistency, parentsFirst, RegionFileSchema, type RegionFile } from './region.models.ts';
import * as repo from './region.repository.ts';
import { forgetRegionTimeZone } from './region.time-zone.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

export function readRegionFile(path: string): RegionFile {
  const raw = JSON.parse(fs.readFileSync(path, 'utf8')) as unknown;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(RegionFileSchema);
  if (!validate(raw)) {
    const detail = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
    throw new Error(`Region data file ${path} is not valid: ${detail}`);
  }
  const file = raw as RegionFile;
  const problems = checkRegionConsistency(file);
  if (problems.length > 0) throw new Error(`Region data file ${path} is inconsistent: ${problems.join('; ')}`);
  return file;
}

/**
 * Loads a region's reference data. Idempotent: an unchanged file (same content
 * hash) writes nothing; a changed one is upserted and audited.
 */
export async function loadRegion(deps: Deps & { actor: Actor }, file: RegionFile): Promise<{ changed: boolean }> {
  const contentHash = createHash('sha256').update(JSON.stringify(file)).digest('hex');
  const settingKey = `region.${file.region.id}.content_hash`;
  if ((await repo.getSetting(deps.db, settingKey)) === contentHash) return { changed: false };
  await auditedTransaction(deps, async (trx, audit) => {
    const now = deps.clock.now();
    await repo.upsertRegion(trx, file, now);
    const ordered = parentsFirst(file.bodies);
    for (const body of ordered) await repo.upsertBody(trx, file.region.id, body, file.bodies.indexOf(body) + 1);
    const areas = [...(file.focusAreas ?? [])].sort((a, b) => a.code.split('.').length - b.code.split('.').length);
    for (const area of areas) await repo.upsertFocusArea(trx, area, (file.focusAreas ?? []).indexOf(area) + 1);
    await repo.putSetting(trx, settingKey, contentHash);
    audit({
      action: 'region.load',
      objectType: 'region',
      objectId: file.region.id,
      summary: {
        dataVersion: file.region.dataVersion,
        members: file.members.length,
        cities: file.members.reduce((n, m) => n + m.cities.length, 0),
        bodies: file.bodies.length,
        focusAreas: file.focusAreas?.length ?? 0,
        contentHash,
      },
    });
  });
  forgetRegionTimeZone();
  return { changed: true };
}

export async function regionOverview(deps: Deps) {
  const region = await repo.findRegion(deps.db);
  const counts = await repo.regionCounts(deps.db);
  return { region, counts };
}

export async function listMembers(deps: Deps, query: { cursor?: string; limit?: number }) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['int', 'text']) as [number, string] | undefined;
  return pageOf(await repo.listMembers(deps.db, after, limit), limit, (m) => [m.sort_order, m.code]);
}

export async function getMember(deps: Deps, code: string) {
  const member = await repo.findMember(deps.db, code);
  if (!member) throw regionErrors.memberNotFound(code);
  const cities = await repo.listCities(deps.db, { memberCode: code, limit: 500 });
  return { member, cities };
}

export async function listCities(deps: Deps, query: { memberCode?: string; q?: string; cursor?: string; limit?: number }) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['int', 'text']) as [number, string] | undefined;
  return pageOf(await repo.listCities(deps.db, { ...query, after, limit }), limit, (c) => [c.sort_order, c.code]);
}

export async function getCity(deps: Deps, code: string) {
  const city = await repo.findCity(deps.db, code);
  if (!city) throw regionErrors.cityNotFound(code);
  return city;
}

export async function listBodies(deps: Deps, query: { tier?: Tier; memberCode?: string; cursor?: string; limit?: number }) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['int', 'text']) as [number, string] | undefined;
  return pageOf(await repo.listBodies(deps.db, { ...query, after, limit }), limit, (b) => [b.sort_order, b.code]);
}

export async function getBody(deps: Deps, code: string) {
  const body = await repo.findBody(deps.db, code);
  if (!body) throw regionErrors.bodyNotFound(code);
  return body;
}

/**
 * A body named together with a member (a share's owner, a matter's raiser, an
 * editor's grant, a task's lead body) must be one of that member's bodies: the
 * region's shared bodies (the Office, the working groups) belong to no member.
 * The caller has already checked that the body exists; `field` names it in the 400.
 */
export async function checkBodyOfMember(db: Deps['db'] | Trx, field: string, bodyCode: string, memberCode: string): Promise<void> {
  const owner = await repo.memberOfBody(db, bodyCode);
  if (owner !== undefined && owner !== memberCode) throw regionErrors.bodyNotOfMember(field, bodyCode, memberCode);
}
