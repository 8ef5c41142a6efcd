import { describe, expect, it } from 'vitest';
import { renderSuiteReport, replaceMarkedSection } from './report.ts';
import type { LoadResult, SuiteReport } from './types.ts';

describe('replaceMarkedSection', () => {
  const doc = [
    '# Performance',
    '<!-- bench:foundation:start -->',
    'old foundation',
    '<!-- bench:foundation:end -->',
    '<!-- bench:tasks:start -->',
    'tasks stay',
    '<!-- bench:tasks:end -->',
    '',
  ].join('\n');

  it('replaces only the named section, keeping its markers', () => {
    const out = replaceMarkedSection(doc, 'foundation', 'new foundation\n');
    expect(out).toContain('<!-- bench:foundation:start -->\nnew foundation\n<!-- bench:foundation:end -->');
    expect(out).not.toContain('old foundation');
    expect(out).toContain('tasks stay');
    expect(replaceMarkedSection(out, 'foundation', 'new foundation')).toBe(out);
  });

  it('appends a section the document does not have yet', () => {
    const out = replaceMarkedSection('# Performance\n', 'reports', 'numbers');
    expect(out).toBe('# Performance\n\n<!-- bench:reports:start -->\nnumbers\n<!-- bench:reports:end -->\n');
  });

  it('refuses damaged markers instead of guessing', () => {
    expect(() => replaceMarkedSection('<!-- bench:foundation:start -->\nno end', 'foundation', 'x')).toThrow(/damaged/);
    const reversed = '<!-- bench:foundation:end -->\n<!-- bench:foundation:start -->';
    expect(() => replaceMarkedSection(reversed, 'foundation', 'x')).toThrow(/damaged/);
  });
});

describe('renderSuiteReport', () => {
  const load = (reqPerSec: number, p50: number): LoadResult => ({
    reqPerSec, totalRequests: reqPerSec * 10, errors: 0, timeouts: 0, non2xx: 0,
    latency: { p50, p97_5: p50 * 2, p99: p50 * 3, mean: p50, max: p50 * 4 },
  });
  const report: SuiteReport = {
    suite: { id: 'foundation', title: 'Foundation' },
    date: new Date('2026-03-02T01:00:00.123Z'),
    machine: { cpu: 'Test CPU', cores: 2, memoryGiB: 8, os: 'Linux', node: 'v20.20.2', postgres: '18.1' },
    command: 'npm run bench',
    settings: { durationSeconds: 10, connections: 50, warmupSeconds: 2, sqlRuns: 200 },
    loadAverageBefore: 0.25,
    results: [{
      scenario: { id: 'members', title: 'GET /api/v1/members', path: '/api/v1/members', authenticated: true },
      real: load(1234.4, 12.345), bare: load(20000, 1.5),
      sql: { label: 'listMembers', runs: 200, medianMs: 0.4, p99Ms: 0.9 },
    }],
  };

  it('writes date, machine, command and one table row per run', () => {
    const md = renderSuiteReport(report);
    expect(md).toContain('- Date: 2026-03-02T01:00:00Z');
    expect(md).toContain('Test CPU, 2 cores, 8 GiB RAM');
    expect(md).toContain('PostgreSQL 18.1');
    expect(md).toContain('`npm run bench`');
    expect(md).toContain('(machine load average before: 0.25)');
    expect(md).toContain('every answer computed (no read cache since decision 0017)');
    expect(md).not.toMatch(/read cache (on|off)/);
    expect(md).toContain('| platform, authenticated | 1,234 | 12.35 | 24.69 | 37.04 | 0 / 0 |');
    expect(md).toContain('| bare Fastify, same JSON | 20,000 | 1.50 | 3.00 | 4.50 | 0 / 0 |');
    expect(md).toContain('median **0.40 ms** (p99 0.90 ms) over 200 sequential runs');
  });
});
