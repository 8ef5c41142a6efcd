import { everyone, only, signedIn, type Cases, type MatrixFixtures } from './matrix.ts';

/** Sign-in hardening (issue 14, items 11 and 19): locks and two-factor sign-in. */
export async function authCases({ targetUserId }: MatrixFixtures): Promise<Cases> {
  return {
    'POST /api/v1/auth/login/second-factor': {
      path: () => '/api/v1/auth/login/second-factor',
      // No such pending sign-in: the same 401 for everyone, signed in or not.
      payload: () => ({ challenge: 'x'.repeat(43), code: '123456' }),
      expect: everyone(401),
    },
    'GET /api/v1/auth/second-factor': { path: () => '/api/v1/auth/second-factor', expect: signedIn() },
    'POST /api/v1/auth/second-factor/enrolment': { path: () => '/api/v1/auth/second-factor/enrolment', expect: signedIn() },
    'POST /api/v1/auth/second-factor/enrolment/confirm': {
      path: () => '/api/v1/auth/second-factor/enrolment/confirm',
      payload: () => ({ code: '000000' }),
      // Reachable for every signed-in user (the code is wrong).
      expect: signedIn(400),
    },
    'POST /api/v1/auth/second-factor/verify': {
      path: () => '/api/v1/auth/second-factor/verify',
      payload: () => ({ code: '000000' }),
      // Reachable for every signed-in user (none has a confirmed factor here).
      expect: signedIn(409),
    },
    'GET /api/v1/auth/locks': { path: () => '/api/v1/auth/locks', expect: only(['admin']) },
    'POST /api/v1/auth/locks/lift': {
      path: () => '/api/v1/auth/locks/lift',
      payload: () => ({ key: 'userip:nobody|192.0.2.1' }),
      expect: only(['admin'], 404),
    },
    'POST /api/v1/users/:id/second-factor/reset': {
      path: () => `/api/v1/users/${targetUserId}/second-factor/reset`,
      expect: only(['admin']),
    },
  };
}
