/**
 * Foundation suite: the authenticated region lists every screen starts from.
 * The data is the region file (4 members, 41 cities), so one default page
 * (50) holds each list whole.
 */
import * as regionRepository from '../../server/src/modules/region/region.repository.ts';
import { CityPage, MemberPage } from '../../server/src/modules/region/region.schemas.ts';
import type { Scenario, Suite } from '../lib/types.ts';

/** The route's default page size: the raw query must fetch what the route fetches. */
const DEFAULT_LIMIT = 50;

const scenarios: Scenario[] = [
  {
    id: 'members',
    title: 'GET /api/v1/members',
    path: '/api/v1/members',
    authenticated: true,
    bareResponseSchema: MemberPage,
    rawSql: {
      label: 'region.repository listMembers (with city counts)',
      run: ({ db }) => regionRepository.listMembers(db, undefined, DEFAULT_LIMIT),
    },
  },
  {
    id: 'cities',
    title: 'GET /api/v1/cities',
    path: '/api/v1/cities',
    authenticated: true,
    bareResponseSchema: CityPage,
    rawSql: {
      label: 'region.repository listCities (join members)',
      run: ({ db }) => regionRepository.listCities(db, { limit: DEFAULT_LIMIT }),
    },
  },
];

export const foundationSuite: Suite = {
  id: 'foundation',
  title: 'Foundation: authenticated members and cities lists',
  scenarioIds: scenarios.map((s) => s.id),
  prepare: async () => ({ scenarios }),
};
