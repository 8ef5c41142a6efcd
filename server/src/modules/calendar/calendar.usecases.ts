import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../app-deps.ts';
import type { MeetingStatus } from '../../db/schema.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { hashToken } from '../auth/auth.usecases.ts';
import { findRegion } from '../region/region.repository.ts';
import { toICalendar } from './calendar.ics.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
const WORK_ROLES = new Set(['office', 'liaison', 'editor', 'observer']);

async function feed(deps: Deps, statuses: MeetingStatus[] | null, name: string): Promise<string> {
  let q = deps.db.selectFrom('meetings').selectAll();
  if (statuses) q = q.where('status', 'in', statuses);
  const meetings = await q.orderBy('starts_at').orderBy('id').execute();
  const timeZone = (await findRegion(deps.db))?.time_zone ?? 'Asia/Shanghai';
  return toICalendar(
    meetings.map((m) => ({
      uid: `meeting-${m.id}@yrd-platform`, start: m.starts_at, end: m.ends_at, updated: m.updated_at, cancelled: m.status === 'cancelled',
      summary: m.title_en ? `${m.title_zh} / ${m.title_en}` : m.title_zh,
      location: [m.venue_zh, m.venue_en].filter(Boolean).join(' / '),
      description: [m.theme_zh, m.theme_en].filter(Boolean).join('\n'),
    })),
    { name, timeZone, now: deps.clock.now() },
  );
}

/** Meetings the public may see: published ones and those held. */
export function publishedFeed(deps: Deps): Promise<string> {
  return feed(deps, ['published', 'held'], '长三角区域合作会议 YRD meetings');
}

/** A user's feed, found by its secret token: every meeting for work roles, published ones for anyone else. */
export async function userFeed(deps: Deps, token: string): Promise<string> {
  const row = await deps.db.selectFrom('calendar_feed_tokens').innerJoin('users', 'users.id', 'calendar_feed_tokens.user_id')
    .select(['users.id', 'users.status']).where('calendar_feed_tokens.token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!row || row.status !== 'active') throw new AppError(404, 'calendar.feed_not_found');
  const roles = await deps.db.selectFrom('user_roles').select('role').where('user_id', '=', row.id).execute();
  return roles.some((r) => WORK_ROLES.has(r.role)) ? feed(deps, null, '长三角区域合作会议 YRD meetings') : publishedFeed(deps);
}

/** Issues (or replaces) the user's secret feed token; only its hash is kept, so it is shown once. */
export async function rotateToken(deps: Deps & { actor: Actor }, userId: string): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await auditedTransaction(deps, async (trx, audit) => {
    await trx.insertInto('calendar_feed_tokens').values({ user_id: userId, token_hash: hashToken(token), created_at: deps.clock.now() })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: hashToken(token), created_at: deps.clock.now() })).execute();
    audit({ action: 'calendar.token.rotate', objectType: 'user', objectId: userId, summary: {} });
  });
  return token;
}
