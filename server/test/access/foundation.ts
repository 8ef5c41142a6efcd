import { everyone, only, signedIn, type Cases, type MatrixFixtures, type Who } from './matrix.ts';

export async function foundationCases({ ctx, targetUserId }: MatrixFixtures): Promise<Cases> {
  let counter = 0;
  const unique = (who: Who) => `matrix.${who}.${++counter}`;
  const currentVersion = async (userId: string) =>
    (await ctx.database.ownerDb.selectFrom('users').select('version').where('id', '=', userId).executeTakeFirstOrThrow()).version;
  const freshGrant = async (): Promise<string> => {
    // Callers who may not revoke leave the grant in place; reuse it.
    const existing = await ctx.database.ownerDb.selectFrom('user_roles').select('id').where('user_id', '=', targetUserId).where('role', '=', 'editor').executeTakeFirst();
    if (existing) return existing.id;
    const row = await ctx.database.ownerDb
      .insertInto('user_roles')
      .values({ user_id: targetUserId, role: 'editor', member_code: '340000', body_code: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };

  return {
    'GET /api/v1/health': { path: () => '/api/v1/health', expect: everyone() },
    'GET /api/v1/health/live': { path: () => '/api/v1/health/live', expect: everyone() },
    'GET /api/v1/health/ready': { path: () => '/api/v1/health/ready', expect: everyone() },
    'POST /api/v1/auth/login': {
      path: () => '/api/v1/auth/login',
      payload: (who) => ({ username: `nobody.${who}`, password: 'wrong-password' }),
      expect: everyone(401),
    },
    'GET /api/v1/auth/session': { path: () => '/api/v1/auth/session', expect: everyone() },
    'GET /api/v1/auth/password-policy': { path: () => '/api/v1/auth/password-policy', expect: everyone() },
    'PUT /api/v1/auth/preferences': { path: () => '/api/v1/auth/preferences', payload: () => ({ locale: 'zh-CN' }), expect: signedIn() },
    'POST /api/v1/auth/password': {
      path: () => '/api/v1/auth/password',
      payload: () => ({ currentPassword: 'not-my-password', newPassword: 'Whatever-New-Password-1' }),
      // Reachable (400: wrong current password) for every signed-in user.
      expect: signedIn(400),
    },
    // Logout runs last for each caller (see the matrix test).
    'POST /api/v1/auth/logout': { path: () => '/api/v1/auth/logout', expect: signedIn() },

    'GET /api/v1/region': { path: () => '/api/v1/region', expect: everyone() },
    'GET /api/v1/members': { path: () => '/api/v1/members', expect: everyone() },
    'GET /api/v1/members/:code': { path: () => '/api/v1/members/320000', expect: everyone() },
    'GET /api/v1/cities': { path: () => '/api/v1/cities', expect: everyone() },
    'GET /api/v1/cities/:code': { path: () => '/api/v1/cities/341300', expect: everyone() },
    'GET /api/v1/bodies': { path: () => '/api/v1/bodies', expect: everyone() },
    'GET /api/v1/bodies/:code': { path: () => '/api/v1/bodies/rco', expect: everyone() },

    'GET /api/v1/users': { path: () => '/api/v1/users', expect: only(['admin']) },
    'POST /api/v1/users': {
      path: () => '/api/v1/users',
      payload: (who) => ({ username: unique(who), displayName: 'Matrix' }),
      expect: only(['admin'], 201),
    },
    'GET /api/v1/users/:id': { path: () => `/api/v1/users/${targetUserId}`, expect: only(['admin']) },
    'PATCH /api/v1/users/:id': {
      path: () => `/api/v1/users/${targetUserId}`,
      payload: async (who) => ({ version: await currentVersion(targetUserId), displayName: `by ${who}` }),
      expect: only(['admin']),
    },
    'POST /api/v1/users/:id/roles': {
      path: () => `/api/v1/users/${targetUserId}/roles`,
      payload: (who) => ({ role: 'liaison', memberCode: who === 'admin' ? '340000' : '310000' }),
      expect: only(['admin']),
    },
    'DELETE /api/v1/users/:id/roles/:grantId': {
      path: async () => `/api/v1/users/${targetUserId}/roles/${await freshGrant()}`,
      expect: only(['admin']),
    },
    'POST /api/v1/users/:id/reset-password': { path: () => `/api/v1/users/${targetUserId}/reset-password`, expect: only(['admin']) },
    'POST /api/v1/users/:id/unlock': { path: () => `/api/v1/users/${targetUserId}/unlock`, expect: only(['admin']) },

    'GET /api/v1/audit-events': {
      path: () => '/api/v1/audit-events?limit=200',
      expect: only(['admin', 'office', 'observer']),
      // These roles read the whole trail: the list must not be filtered down to the caller.
      check: (_who, body) => {
        const actors = new Set((body as { items: { actorUsername: string }[] }).items.map((e) => e.actorUsername));
        if (actors.size < 2) throw new Error('audit list filtered down to the caller');
      },
    },
  };
}
