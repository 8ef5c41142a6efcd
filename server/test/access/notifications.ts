import { generateSecret } from '../../src/modules/notifications/webhooks.signature.ts';
import { only, signedIn, type Cases, type MatrixFixtures, type Who } from './matrix.ts';

const NOBODY = '00000000-0000-4000-8000-000000000000';

/** The inbox (own notifications only), webhooks (admin and Office) and the job queue (admin). */
export async function notificationsCases({ ctx, userIds, targetUserId }: MatrixFixtures): Promise<Cases> {
  const db = ctx.deps.db;
  let n = 0;
  const notificationFor = async (userId: string) =>
    (
      await db
        .insertInto('notifications')
        .values({ user_id: userId, kind: 'matrix', dedup_key: `matrix:${++n}`, title_zh: '测试', title_en: 'Test', created_at: ctx.clock.now() })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const endpoint = async () =>
    (
      await db
        .insertInto('webhook_endpoints')
        .values({ name: `matrix ${++n}`, url: 'https://hooks.example/matrix', secret: generateSecret(), events: ['flag.raised'], created_at: ctx.clock.now() })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const kept = await endpoint();
  const version = async (id: string) => (await db.selectFrom('webhook_endpoints').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
  const failedJob = async () =>
    (
      await db
        .insertInto('jobs')
        .values({ kind: 'housekeeping', status: 'failed', run_at: ctx.clock.now(), created_at: ctx.clock.now(), attempts: 3, max_attempts: 3, last_error: 'matrix' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const managers: Who[] = ['admin', 'office'];

  return {
    'GET /api/v1/inbox': { path: () => '/api/v1/inbox', expect: signedIn() },
    'POST /api/v1/inbox/:id/read #own': {
      path: async (who) => `/api/v1/inbox/${who === 'anonymous' ? NOBODY : await notificationFor(userIds[who])}/read`,
      expect: signedIn(),
    },
    "POST /api/v1/inbox/:id/read #someone else's": {
      path: async () => `/api/v1/inbox/${await notificationFor(targetUserId)}/read`,
      expect: { ...signedIn(404), anonymous: 401 },
    },
    'POST /api/v1/inbox/read-all': { path: () => '/api/v1/inbox/read-all', expect: signedIn() },
    // Preferences are the caller's own: another account's choices never show (version 0 = nobody saved for this caller yet).
    'GET /api/v1/notifications/preferences': {
      path: () => '/api/v1/notifications/preferences',
      expect: signedIn(),
      check: (_who, body) => {
        if ((body as { digest: boolean }).digest) throw new Error("another user's preferences");
      },
    },
    'PUT /api/v1/notifications/preferences': {
      path: async (who) => {
        // Another account's choices exist before any caller saves: they must not be the caller's.
        if (who === 'admin') {
          await db.insertInto('notification_preferences').values({ user_id: targetUserId, digest: true, email_muted: ['reports.submitted'], updated_at: ctx.clock.now() }).onConflict((oc) => oc.doNothing()).execute();
        }
        return '/api/v1/notifications/preferences';
      },
      payload: () => ({ version: 0, emailMuted: ['supervision.stalled'] }),
      expect: signedIn(),
      check: (_who, body) => {
        const p = body as { digest: boolean; emailMuted: string[]; version: number };
        if (p.digest || p.emailMuted.join() !== 'supervision.stalled' || p.version !== 1) throw new Error("saved into another user's preferences");
      },
    },

    'GET /api/v1/webhooks': { path: () => '/api/v1/webhooks', expect: only(managers) },
    'POST /api/v1/webhooks': {
      path: () => '/api/v1/webhooks',
      payload: (who) => ({ name: `by ${who}`, url: 'https://hooks.example/new', events: ['flag.raised'] }),
      expect: only(managers, 201),
    },
    'PATCH /api/v1/webhooks/:id': { path: () => `/api/v1/webhooks/${kept}`, payload: async (who) => ({ version: await version(kept), name: `renamed by ${who}` }), expect: only(managers) },
    'DELETE /api/v1/webhooks/:id': { path: async () => `/api/v1/webhooks/${await endpoint()}`, expect: only(managers) },
    'GET /api/v1/webhooks/:id/deliveries': { path: () => `/api/v1/webhooks/${kept}/deliveries`, expect: only(managers) },

    'GET /api/v1/jobs': { path: () => '/api/v1/jobs?status=failed', expect: only(['admin']) },
    'POST /api/v1/jobs/:id/retry': { path: async () => `/api/v1/jobs/${await failedJob()}/retry`, expect: only(['admin']) },
  };
}
