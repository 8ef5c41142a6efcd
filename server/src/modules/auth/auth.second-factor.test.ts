import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../../shared/clock.ts';
import { auditActions, createTestContext, createUser, login, sessionCookieOf, TEST_PASSWORD, type Session, type TestContext } from '../../../test/helpers.ts';
import { currentTotp } from './auth.totp.ts';

/** Issue 14, item 19: TOTP two-factor sign-in (decision 0016). */
let ctx: TestContext;
let plainId: string;
beforeAll(async () => {
  ctx = await createTestContext({ requireAdminSecondFactor: true });
  await createUser(ctx.database.appDb, 'chief.admin', [{ role: 'admin' }]);
  await createUser(ctx.database.appDb, 'deputy.admin', [{ role: 'admin' }]);
  plainId = await createUser(ctx.database.appDb, 'plain.user', [{ role: 'observer' }]);
});
afterAll(() => ctx.close());

/** The next 30-second step, so a code is never one already used. */
const nextCode = (secret: string) => {
  ctx.clock.advance(30_000);
  return currentTotp(secret, ctx.clock.now());
};

async function enrol(session: Session): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/second-factor/enrolment', headers: session.headers });
  expect(started.statusCode).toBe(200);
  const { secret } = started.json();
  const confirmed = await ctx.app.inject({
    method: 'POST', url: '/api/v1/auth/second-factor/enrolment/confirm', headers: session.headers,
    payload: { code: currentTotp(secret, ctx.clock.now()) },
  });
  expect(confirmed.statusCode).toBe(200);
  return { secret, recoveryCodes: confirmed.json().recoveryCodes };
}

const passwordStep = (username: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
const codeStep = (challenge: string, code: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login/second-factor', payload: { challenge, code } });

async function signInWithCode(username: string, secret: string): Promise<Session> {
  const challenge = (await passwordStep(username)).json().challenge;
  const response = await codeStep(challenge, nextCode(secret));
  expect(response.statusCode).toBe(200);
  const cookie = sessionCookieOf(response);
  return { cookie, csrfToken: response.json().csrfToken, headers: { cookie, 'x-csrf-token': response.json().csrfToken } };
}

let adminSecret = '';
let adminRecovery: string[] = [];

describe('enrolment', () => {
  it('sends an administrator without a second factor to set one up before admin routes answer', async () => {
    const session = await login(ctx.app, 'chief.admin');
    const me = (await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: session.cookie } })).json();
    expect(me.user.secondFactor).toEqual({ enrolled: false, enrolmentRequired: true, verifiedAt: null });
    const users = await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: session.cookie } });
    expect(users.statusCode).toBe(403);
    expect(users.json().error).toMatchObject({ code: 'auth.second_factor_enrolment_required' });
    // In the user's language (zh-CN here).
    expect(users.json().error.message).toMatch(/双因素认证/);
  });

  it('gives a secret, an otpauth URI and a QR code, and turns on only with a right code', async () => {
    const session = await login(ctx.app, 'chief.admin');
    const started = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/second-factor/enrolment', headers: session.headers });
    const body = started.json();
    expect(body.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=[A-Z2-7]+/);
    expect(body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(body.qrCode.split(',')[1], 'base64').toString()).toContain('<svg');

    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/second-factor/enrolment/confirm', headers: session.headers, payload: { code: '000000' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('auth.second_factor_invalid');

    const right = await ctx.app.inject({
      method: 'POST', url: '/api/v1/auth/second-factor/enrolment/confirm', headers: session.headers,
      payload: { code: currentTotp(body.secret, ctx.clock.now()) },
    });
    expect(right.statusCode).toBe(200);
    adminSecret = body.secret;
    adminRecovery = right.json().recoveryCodes;
    expect(adminRecovery).toHaveLength(10);
    // Kept only as argon2 hashes, like passwords.
    const stored = await ctx.database.ownerDb.selectFrom('user_recovery_codes').select('code_hash').execute();
    expect(stored.every((r) => r.code_hash.startsWith('$argon2id$'))).toBe(true);
    expect(stored.some((r) => adminRecovery.some((c) => r.code_hash.includes(c)))).toBe(false);
    // This session passed the factor by setting it up: admin routes answer now.
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: session.cookie } })).statusCode).toBe(200);
    // A second enrolment cannot replace it.
    expect((await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/second-factor/enrolment', headers: session.headers })).statusCode).toBe(409);
    expect(await auditActions(ctx.database.ownerDb)).toContain('auth.second_factor_enrol');
  });
});

describe('sign-in', () => {
  it('asks for the code after the password, refuses a wrong one and opens the session with a right one', async () => {
    const first = await passwordStep('chief.admin');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ authenticated: false, secondFactorRequired: true });
    expect(first.headers['set-cookie']).toBeUndefined();

    const wrong = await codeStep(first.json().challenge, '123456');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('auth.second_factor_invalid');

    const right = await codeStep(first.json().challenge, nextCode(adminSecret));
    expect(right.statusCode).toBe(200);
    expect(right.json().user.secondFactor.enrolled).toBe(true);
    const rows = await ctx.database.ownerDb.selectFrom('sessions').select('second_factor_at').orderBy('created_at', 'desc').execute();
    expect(rows[0]!.second_factor_at?.getTime()).toBe(ctx.clock.now().getTime());
    // The challenge is spent.
    expect((await codeStep(first.json().challenge, nextCode(adminSecret))).statusCode).toBe(401);
  });

  it('a code cannot be used twice, and a challenge expires', async () => {
    const code = nextCode(adminSecret);
    expect((await codeStep((await passwordStep('chief.admin')).json().challenge, code)).statusCode).toBe(200);
    expect((await codeStep((await passwordStep('chief.admin')).json().challenge, code)).statusCode).toBe(400);
    const old = (await passwordStep('chief.admin')).json().challenge;
    ctx.clock.advance(6 * MINUTE);
    expect((await codeStep(old, currentTotp(adminSecret, ctx.clock.now()))).json().error.code).toBe('auth.second_factor_challenge_expired');
  });

  it('a recovery code works once', async () => {
    const code = adminRecovery[0]!;
    expect((await codeStep((await passwordStep('chief.admin')).json().challenge, code.toUpperCase())).statusCode).toBe(200);
    expect((await codeStep((await passwordStep('chief.admin')).json().challenge, code)).statusCode).toBe(400);
    const status = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/second-factor', headers: { cookie: (await signInWithCode('chief.admin', adminSecret)).cookie } });
    expect(status.json()).toMatchObject({ enrolled: true, required: true, recoveryCodesLeft: 9 });
  });
});

describe('sensitive actions', () => {
  it('need the second factor within the last 15 minutes; verifying again opens them', async () => {
    const session = await signInWithCode('chief.admin', adminSecret);
    const grant = () =>
      ctx.app.inject({ method: 'POST', url: `/api/v1/users/${plainId}/roles`, headers: session.headers, payload: { role: 'office' } });
    expect((await grant()).statusCode).toBe(200);
    ctx.clock.advance(16 * MINUTE);
    const refused = await grant();
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('auth.reauth_required');
    expect(refused.json().error.message).toMatch(/15 分钟/);
    const resetRefused = await ctx.app.inject({ method: 'POST', url: `/api/v1/users/${plainId}/reset-password`, headers: session.headers });
    expect(resetRefused.json().error.code).toBe('auth.reauth_required');
    // Ordinary admin reads still answer.
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: session.cookie } })).statusCode).toBe(200);

    const badVerify = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/second-factor/verify', headers: session.headers, payload: { code: '999999' } });
    expect(badVerify.statusCode).toBe(400);
    const verify = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/second-factor/verify', headers: session.headers, payload: { code: nextCode(adminSecret) } });
    expect(verify.statusCode).toBe(200);
    const again = await ctx.app.inject({
      method: 'POST', url: `/api/v1/users/${plainId}/roles`, headers: session.headers, payload: { role: 'liaison', memberCode: '320000' },
    });
    expect(again.statusCode).toBe(200);
  });
});

describe('reset by an administrator', () => {
  it('removes the user’s factor and sessions (audited); a non-admin may not', async () => {
    const userSession = await login(ctx.app, 'plain.user');
    const { secret } = await enrol(userSession);
    expect((await passwordStep('plain.user')).json().secondFactorRequired).toBe(true);

    const stranger = await signInWithCode('plain.user', secret);
    const denied = await ctx.app.inject({ method: 'POST', url: `/api/v1/users/${plainId}/second-factor/reset`, headers: stranger.headers });
    expect(denied.statusCode).toBe(403);

    const admin = await signInWithCode('chief.admin', adminSecret);
    const reset = await ctx.app.inject({ method: 'POST', url: `/api/v1/users/${plainId}/second-factor/reset`, headers: admin.headers });
    expect(reset.statusCode).toBe(200);
    expect(await auditActions(ctx.database.ownerDb)).toContain('user.second_factor_reset');
    const after = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: stranger.cookie } });
    expect(after.json().authenticated).toBe(false);
    // The password alone signs in again (an observer under the standard profile need not enrol).
    expect((await passwordStep('plain.user')).json().authenticated).toBe(true);
  });

  it('is itself sensitive: an admin whose factor is older than 15 minutes must verify first', async () => {
    const admin = await signInWithCode('chief.admin', adminSecret);
    ctx.clock.advance(16 * MINUTE);
    const reset = await ctx.app.inject({ method: 'POST', url: `/api/v1/users/${plainId}/second-factor/reset`, headers: admin.headers });
    expect(reset.json().error.code).toBe('auth.reauth_required');
  });
});

describe('the MLPS level-3 profile', () => {
  let strict: TestContext;
  beforeAll(async () => {
    strict = await createTestContext({ passwordProfile: 'mlps3', requireAdminSecondFactor: false });
    await createUser(strict.database.appDb, 'strict.observer', [{ role: 'observer' }]);
  });
  afterAll(() => strict.close());

  it('requires a second factor of everyone', async () => {
    const session = await login(strict.app, 'strict.observer');
    const blocked = await strict.app.inject({ method: 'GET', url: '/api/v1/audit-events', headers: { cookie: session.cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('auth.second_factor_enrolment_required');
    const started = (await strict.app.inject({ method: 'POST', url: '/api/v1/auth/second-factor/enrolment', headers: session.headers })).json();
    const confirmed = await strict.app.inject({
      method: 'POST', url: '/api/v1/auth/second-factor/enrolment/confirm', headers: session.headers,
      payload: { code: currentTotp(started.secret, strict.clock.now()) },
    });
    expect(confirmed.statusCode).toBe(200);
    expect((await strict.app.inject({ method: 'GET', url: '/api/v1/audit-events', headers: { cookie: session.cookie } })).statusCode).toBe(200);
  });
});
