import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.ts';
import { regionPolicies } from './region.policies.ts';
import type * as repo from './region.repository.ts';
import {
  BodyCodeParams,
  BodyListQuery,
  BodyPage,
  BodySchema,
  CityListQuery,
  CityPage,
  CitySchema,
  CodeParams,
  MemberDetailSchema,
  MemberListQuery,
  MemberPage,
  RegionSchema,
} from './region.schemas.ts';
import * as usecases from './region.usecases.ts';

const tags = ['region'];
type CityRow = NonNullable<Awaited<ReturnType<typeof repo.findCity>>>;
type MemberRow = NonNullable<Awaited<ReturnType<typeof repo.findMember>>>;
type BodyRow = NonNullable<Awaited<ReturnType<typeof repo.findBody>>>;

const presentCity = (c: CityRow) => ({
  code: c.code,
  memberCode: c.member_code,
  nameZh: c.name_zh,
  nameEn: c.name_en,
  memberShortZh: c.member_short_zh,
  memberShortEn: c.member_short_en,
});

const presentMember = (m: MemberRow & { city_count?: string | null }, cityCount?: number) => ({
  code: m.code,
  regionId: m.region_id,
  kind: m.kind,
  nameZh: m.name_zh,
  nameEn: m.name_en,
  shortZh: m.short_zh,
  shortEn: m.short_en,
  cityCount: cityCount ?? Number(m.city_count ?? 0),
});

const presentBody = (b: BodyRow) => ({
  code: b.code,
  tier: b.tier,
  kind: b.kind,
  nameZh: b.name_zh,
  nameEn: b.name_en,
  descriptionZh: b.description_zh,
  descriptionEn: b.description_en,
  parentCode: b.parent_code,
  memberCode: b.member_code,
  rhythm: b.rhythm,
  provenance: b.provenance,
});

export async function regionRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const policy = regionPolicies.read;

  app.get('/api/v1/region', {
    config: { policy },
    schema: { tags, summary: 'The region and how many members, cities and bodies it has', response: { 200: RegionSchema } },
    handler: async () => {
      const { region, counts } = await usecases.regionOverview(deps);
      return {
        region: region
          ? { id: region.id, nameZh: region.name_zh, nameEn: region.name_en, timeZone: region.time_zone, dataVersion: region.data_version, loadedAt: region.loaded_at.toISOString() }
          : null,
        counts,
      };
    },
  });

  app.get('/api/v1/members', {
    config: { policy },
    schema: { tags, summary: 'Members (province-level)', querystring: MemberListQuery, response: { 200: MemberPage } },
    handler: async (request) => {
      const page = await usecases.listMembers(deps, request.query);
      return { items: page.items.map((m) => presentMember(m)), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/members/:code', {
    config: { policy },
    schema: { tags, summary: 'One member with its cities', params: CodeParams, response: { 200: MemberDetailSchema } },
    handler: async (request) => {
      const { member, cities } = await usecases.getMember(deps, request.params.code);
      return { ...presentMember(member, cities.length), cities: cities.map(presentCity) };
    },
  });

  app.get('/api/v1/cities', {
    config: { policy },
    schema: { tags, summary: 'Prefecture-level cities; names are not unique, codes are', querystring: CityListQuery, response: { 200: CityPage } },
    handler: async (request) => {
      const page = await usecases.listCities(deps, request.query);
      return { items: page.items.map(presentCity), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/cities/:code', {
    config: { policy },
    schema: { tags, summary: 'One city', params: CodeParams, response: { 200: CitySchema } },
    handler: async (request) => presentCity(await usecases.getCity(deps, request.params.code)),
  });

  app.get('/api/v1/bodies', {
    config: { policy },
    schema: { tags, summary: 'Bodies of the three tiers, departments and observers', querystring: BodyListQuery, response: { 200: BodyPage } },
    handler: async (request) => {
      const page = await usecases.listBodies(deps, request.query);
      return { items: page.items.map(presentBody), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/bodies/:code', {
    config: { policy },
    schema: { tags, summary: 'One body', params: BodyCodeParams, response: { 200: BodySchema } },
    handler: async (request) => presentBody(await usecases.getBody(deps, request.params.code)),
  });
}
