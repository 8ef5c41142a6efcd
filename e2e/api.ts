/**
 * Arranging data through the API, as a script of the Office would: the journeys
 * then exercise the screens, not the set-up. Cookie and CSRF token kept per client.
 */
import { inject } from 'vitest';

export const ADMIN_PASSWORD = 'Taihu-Lake-Wenzhou-2024!';

export class ApiClient {
  private cookie = '';
  private csrf = '';
  constructor(private readonly baseUrl = inject('baseUrl')) {}

  async login(username: string, password: string): Promise<{ mustChangePassword: boolean }> {
    const response = await fetch(`${this.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
    this.cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
    const body = (await response.json()) as { csrfToken: string; user: { mustChangePassword: boolean } };
    this.csrf = body.csrfToken;
    return { mustChangePassword: body.user.mustChangePassword };
  }

  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** A new user with a chosen password, ready to sign in without the forced change. */
  async createUser(username: string, displayName: string, roles: object[], password: string): Promise<void> {
    const created = await this.call<{ oneTimePassword: string }>('POST', '/api/v1/users', { username, displayName, roles });
    const user = new ApiClient(this.baseUrl);
    await user.login(username, created.oneTimePassword);
    await user.call('POST', '/api/v1/auth/password', { currentPassword: created.oneTimePassword, newPassword: password });
  }
}

/** The administrator, signed in; the first journey sets the password, and a file run alone sets it the same way. */
export async function adminClient(): Promise<ApiClient> {
  const admin = new ApiClient();
  try {
    await admin.login('admin', ADMIN_PASSWORD);
  } catch {
    const oneTimePassword = inject('adminOneTimePassword');
    await admin.login('admin', oneTimePassword);
    await admin.call('POST', '/api/v1/auth/password', { currentPassword: oneTimePassword, newPassword: ADMIN_PASSWORD });
    await admin.login('admin', ADMIN_PASSWORD);
  }
  return admin;
}
