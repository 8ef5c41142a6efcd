import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('supervision and notification settings', () => {
  it('have safe defaults: no e-mail, 3 days per rung, 7 days of report grace, the worker on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ smtpUrl: undefined, escalationGraceDays: 3, reportGraceDays: 7, worker: true, publicUrl: '' });
    expect(config.smtpFrom).toBe(''); // no e-mail, no sender
    expect(config.webhookAllowHosts).toEqual([]);
  });

  it('take the default mail sender from the public URL\'s host, or require one: never noreply@localhost', () => {
    const smtp = { YRD_SMTP_URL: 'smtp://mail.example:587' };
    expect(loadConfig({ ...smtp, YRD_PUBLIC_URL: 'https://yrd.example.gov.cn/platform' }).smtpFrom).toBe('YRD Cooperation Platform <noreply@yrd.example.gov.cn>');
    expect(loadConfig({ ...smtp, YRD_SMTP_FROM: 'YRD <office@yrd.example>', YRD_PUBLIC_URL: 'https://yrd.example' }).smtpFrom).toBe('YRD <office@yrd.example>');
    for (const publicUrl of [undefined, 'http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000', 'http://intranet:3000']) {
      expect(() => loadConfig({ ...smtp, ...(publicUrl ? { YRD_PUBLIC_URL: publicUrl } : {}) }), publicUrl).toThrow(/YRD_SMTP_FROM must be set/);
    }
    expect(JSON.stringify(loadConfig({ YRD_PUBLIC_URL: 'http://localhost:3000' }))).not.toContain('localhost>');
  });

  it('read the webhook allow-list and refuse entries that are not hosts, addresses or ranges', () => {
    expect(loadConfig({ YRD_WEBHOOK_ALLOW_HOSTS: ' Hooks.Corp.Example, 10.20.0.0/16 ,[fd00::1]' }).webhookAllowHosts).toEqual(['hooks.corp.example', '10.20.0.0/16', '[fd00::1]']);
    expect(() => loadConfig({ YRD_WEBHOOK_ALLOW_HOSTS: 'http://hooks.example/x' })).toThrow(/YRD_WEBHOOK_ALLOW_HOSTS/);
  });

  it('read YRD_SMTP_URL, YRD_SMTP_FROM, the grace days and YRD_WORKER', () => {
    const config = loadConfig({
      YRD_SMTP_URL: 'smtps://mailer:p%40ss@mail.example:465',
      YRD_SMTP_FROM: '长三角合作平台 <noreply@yrd.example>',
      YRD_ESCALATION_GRACE_DAYS: '5',
      YRD_REPORT_GRACE_DAYS: '10',
      YRD_WORKER: 'off',
      YRD_PUBLIC_URL: 'https://yrd.example/',
    });
    expect(config).toMatchObject({ smtpUrl: 'smtps://mailer:p%40ss@mail.example:465', escalationGraceDays: 5, reportGraceDays: 10, worker: false, publicUrl: 'https://yrd.example' });
  });

  it('refuse bad values, without echoing an SMTP password', () => {
    expect(() => loadConfig({ YRD_SMTP_URL: 'http://user:TopSecret@mail.example' })).toThrow(/YRD_SMTP_URL must look like smtp:/);
    try {
      loadConfig({ YRD_SMTP_URL: 'https://user:TopSecret@mail.example' });
    } catch (error) {
      expect((error as Error).message).not.toContain('TopSecret');
    }
    expect(() => loadConfig({ YRD_SMTP_FROM: 'nobody' })).toThrow(/YRD_SMTP_FROM/);
    expect(() => loadConfig({ YRD_ESCALATION_GRACE_DAYS: '0' })).toThrow(/at least 1/);
    expect(() => loadConfig({ YRD_REPORT_GRACE_DAYS: '-2' })).toThrow(/non-negative/);
    expect(() => loadConfig({ YRD_WORKER: 'maybe' })).toThrow(/true or false/);
  });
});
