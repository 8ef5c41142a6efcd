/**
 * Date formats: Ajv accepts the year 0000, PostgreSQL has none. Found by the
 * fuzz test (server/test/fuzz) as a 500 on a milestone's `dueDate`; now a 400
 * naming the field, for dates and date-times, in bodies and queries.
 */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installErrorHandling } from './errors.ts';
import { installValidators } from './validation.ts';

async function appWithDates() {
  const app = Fastify();
  app.decorateRequest('locale', 'en'); // the session plugin's job in the app
  installValidators(app);
  installErrorHandling(app);
  app.post('/dates', {
    schema: {
      body: { type: 'object', properties: { day: { type: 'string', format: 'date' }, at: { type: 'string', format: 'date-time' } } },
      querystring: { type: 'object', properties: { from: { type: 'string', format: 'date' } } },
    },
  }, async () => ({ ok: true }));
  await app.ready();
  return app;
}

describe('date formats', () => {
  it('refuse the year 0000 with a 400 naming the field', async () => {
    const app = await appWithDates();
    for (const [url, payload, field] of [
      ['/dates', { day: '0000-01-01' }, 'day'],
      ['/dates', { at: '0000-06-01T00:00:00Z' }, 'at'],
      ['/dates?from=0000-12-31', {}, 'from'],
    ] as const) {
      const response = await app.inject({ method: 'POST', url, payload });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.fields).toEqual([expect.objectContaining({ field, rule: 'format' })]);
    }
    await app.close();
  });

  it('still accept the first and the last day of the calendar they share', async () => {
    const app = await appWithDates();
    const response = await app.inject({ method: 'POST', url: '/dates?from=0001-01-01', payload: { day: '9999-12-31', at: '0001-01-01T00:00:00Z' } });
    expect(response.statusCode, response.body).toBe(200);
    await app.close();
  });
});
