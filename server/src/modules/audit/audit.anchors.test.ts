/**
 * Anchoring the audit chain outside the database (issue 14, item 20): deleting
 * the newest events leaves an intact, shorter chain, which only an anchor
 * written beforehand can tell.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, createUser, login, type TestContext } from '../../../test/helpers.ts';
import { runAuditVerify } from '../../cli/audit-verify.ts';
import { anchorFilePath, auditAnchorHandler, readAnchors } from './audit.anchors.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yrd-anchors-'));
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext({ dataDir, logLevel: 'info' });
  await createUser(ctx.database.appDb, 'an.admin', [{ role: 'admin' }]);
  for (let i = 0; i < 3; i++) await login(ctx.app, 'an.admin');
});
afterAll(async () => {
  await ctx.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function verify(): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runAuditVerify(ctx.deps, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}

const job = { id: 'j', kind: auditAnchorHandler.kind, payload: {}, attempt: 1, maxAttempts: 5 };

/** Runs the recurring job and answers the JSON log lines it printed. */
async function anchorJob(): Promise<Record<string, unknown>[]> {
  const spy = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await auditAnchorHandler.run(ctx.deps, job);
    return spy.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
  } finally {
    spy.mockRestore();
  }
}

const newestSeqs = async (n: number) =>
  (await ctx.database.ownerDb.selectFrom('audit_events').select('seq').orderBy('seq', 'desc').limit(n).execute()).map((r) => r.seq);

describe('anchors of the audit chain', () => {
  it('are written by the recurring job to a file under the data dir and to the log', async () => {
    const logged = await anchorJob();
    const [head] = await newestSeqs(1);
    const anchors = readAnchors(dataDir);
    expect(anchors).toHaveLength(1);
    expect(anchors[0]).toMatchObject({ seq: head, by: 'schedule' });
    expect(anchors[0]!.events).toBeGreaterThan(3);
    expect(fs.readFileSync(anchorFilePath(dataDir), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(logged).toEqual([expect.objectContaining({ level: 30, msg: 'audit chain anchored', auditAnchor: anchors[0] })]);
  });

  it('are checked, and appended to, at every verification', async () => {
    await login(ctx.app, 'an.admin');
    const { code, output } = await verify();
    expect(code, output).toBe(0);
    expect(output).toMatch(/✓ Audit chain intact/);
    expect(output).toMatch(/✓ Matches all 1 anchors/);
    expect(readAnchors(dataDir).map((a) => a.by)).toEqual(['schedule', 'verify']);
  });

  it('tell how many of the newest events were deleted, although the shorter chain is intact', async () => {
    await login(ctx.app, 'an.admin');
    await anchorJob();
    const anchored = readAnchors(dataDir).at(-1)!;
    const [, , , survivor] = await newestSeqs(4);
    // An attacker with owner rights switches the guard off and removes the newest three events.
    await sql`ALTER TABLE audit_events DISABLE TRIGGER USER`.execute(ctx.database.ownerDb);
    try {
      await sql`DELETE FROM audit_events WHERE seq IN (SELECT seq FROM audit_events ORDER BY seq DESC LIMIT 3)`.execute(ctx.database.ownerDb);
    } finally {
      await sql`ALTER TABLE audit_events ENABLE TRIGGER USER`.execute(ctx.database.ownerDb);
    }

    // The next run of the job says so in the log at once.
    const logged = await anchorJob();
    expect(logged[0]).toMatchObject({ level: 50, msg: 'audit chain no longer matches its last anchor', anchoredSeq: anchored.seq, missingEvents: 3 });

    const first = await verify();
    expect(first.code).toBe(2);
    // The chain alone cannot see it…
    expect(first.output).toMatch(/✓ Audit chain intact/);
    // …the anchor can, even though the job anchored the shorter chain since.
    expect(first.output).toContain(`✗ 3 events are missing after event #${survivor}: the anchor of ${anchored.at} recorded ${anchored.events} events up to #${anchored.seq}`);

    // New events and new anchors do not wash it out.
    await login(ctx.app, 'an.admin');
    const again = await verify();
    expect(again.code).toBe(2);
    expect(again.output).toContain(`✗ 3 events are missing after event #${survivor}`);
  });
});
