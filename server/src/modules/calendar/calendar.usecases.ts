import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../app-deps.ts';
import type { MeetingStatus } from '../../db/schema.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { hashToken } from '../auth/auth.usecases.ts';
import { toICalendar, type EventStatus } from './calendar.ics.ts';
import * as repo from './calendar.repository.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
const WORK_ROLES = new Set(['office', 'liaison', 'editor', 'observer']);
const FEED_NAME = '长三角区域合作会议 YRD meetings';

/**
 * A meeting's STATUS in a feed. For the public a meeting taken back to planned
 * is withdrawn, as good as cancelled; work roles see it as tentative.
 */
function statusIn(audience: 'public' | 'work', status: MeetingStatus): EventStatus {
  if (status === 'published' || status === 'held') return 'CONFIRMED';
  if (status === 'planned' && audience === 'work') return 'TENTATIVE';
  return 'CANCELLED';
}

async function feed(deps: Deps, audience: 'public' | 'work'): Promise<string> {
  const now = deps.clock.now();
  const meetings = await repo.feedMeetings(deps.db, audience, now);
  const timeZone = await regionTimeZone(deps.db);
  return toICalendar(
    meetings.map((m) => ({
      uid: `meeting-${m.id}@yrd-platform`, start: m.starts_at, end: m.ends_at, updated: m.updated_at,
      sequence: m.ical_sequence, status: statusIn(audience, m.status),
      summary: m.title_en ? `${m.title_zh} / ${m.title_en}` : m.title_zh,
      location: [m.venue_zh, m.venue_en].filter(Boolean).join(' / '),
      description: [m.theme_zh, m.theme_en].filter(Boolean).join('\n'),
    })),
    { name: FEED_NAME, timeZone, now },
  );
}

/** Meetings the public may see: published ones and those held (and, until past, those withdrawn after publication, as cancelled). */
export function publishedFeed(deps: Deps): Promise<string> {
  return feed(deps, 'public');
}

/** A user's feed, found by its secret token: every meeting for work roles, published ones for anyone else. */
export async function userFeed(deps: Deps, token: string): Promise<string> {
  const row = await repo.feedOwner(deps.db, hashToken(token));
  if (!row || row.status !== 'active') throw new AppError(404, 'calendar.feed_not_found');
  const roles = await repo.rolesOf(deps.db, row.id);
  return feed(deps, roles.some((r) => WORK_ROLES.has(r)) ? 'work' : 'public');
}

/** Issues (or replaces) the user's secret feed token; only its hash is kept, so it is shown once. */
export async function rotateToken(deps: Deps & { actor: Actor }, userId: string): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await auditedTransaction(deps, async (trx, audit) => {
    await repo.saveFeedToken(trx, userId, hashToken(token), deps.clock.now());
    audit({ action: 'calendar.token.rotate', objectType: 'user', objectId: userId, summary: {} });
  });
  return token;
}
