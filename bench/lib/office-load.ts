/**
 * Child process of bench/office-day.ts: the office's readers, apart from the
 * server under test (as load-generator.ts is). Each connection is a person at
 * a desk: they open My work (the landing page), then a few screens drawn by
 * the stated weights, then the next person takes the desk. Every request is
 * counted under its screen (latency, status) and in the overall latency.
 */
import http from 'node:http';
import { summarizeLatencies } from './stats.ts';
import type { LatencySummary } from './types.ts';

export interface OfficeUser {
  username: string;
  headers: Record<string, string>;
  /** Paths per screen, this user's own (their member, their filters); a screen without paths is not theirs. */
  screens: Record<string, string[]>;
}

export interface OfficeLoadRequest {
  baseUrl: string;
  users: OfficeUser[];
  /** Screen → weight (My work is also every visit's first request). */
  weights: Record<string, number>;
  /** Screens per visit after the landing page. */
  screensPerVisit: number;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  seed: number;
}

export interface ScreenResult {
  requests: number;
  non2xx: number;
  /** Non-2xx answers by status code, so a refused request in the mix is seen, not just counted. */
  statuses: Record<string, number>;
  errors: number;
  latency: LatencySummary;
}

export type OfficeLoadReply = { ok: true; seconds: number; screens: Record<string, ScreenResult>; overall: LatencySummary; users: number } | { ok: false; error: string };

/** A small deterministic PRNG (mulberry32): the same seed draws the same office day. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function run(request: OfficeLoadRequest): Promise<OfficeLoadReply> {
  const rand = random(request.seed);
  const samples = new Map<string, { latencies: number[]; non2xx: number; statuses: Record<string, number>; errors: number }>();
  const all: number[] = [];
  let measuring = false;
  const record = (screen: string, ms: number, status: number) => {
    if (!measuring) return;
    const s = samples.get(screen) ?? { latencies: [], non2xx: 0, statuses: {}, errors: 0 };
    samples.set(screen, s);
    if (status === 0) s.errors += 1;
    else if (status < 200 || status >= 300) {
      s.non2xx += 1;
      s.statuses[status] = (s.statuses[status] ?? 0) + 1;
    } else {
      s.latencies.push(ms);
      all.push(ms);
    }
  };
  const pick = (user: OfficeUser): string => {
    const own = Object.entries(request.weights).filter(([screen]) => (user.screens[screen]?.length ?? 0) > 0);
    const total = own.reduce((sum, [, w]) => sum + w, 0);
    let r = rand() * total;
    for (const [screen, w] of own) if ((r -= w) <= 0) return screen;
    return own[own.length - 1]![0];
  };
  // node:http with kept-alive sockets, one per desk: fetch() cost this process a third of a core at
  // 400 req/s, CPU the server under test shares on this machine.
  const agent = new http.Agent({ keepAlive: true, maxSockets: request.connections });
  const fetchStatus = (path: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const req = http.get(`${request.baseUrl}${path}`, { agent, headers, timeout: 30_000 }, (response) => {
        response.on('data', () => undefined);
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
    });
  const get = async (user: OfficeUser, screen: string) => {
    const paths = user.screens[screen]!;
    const path = paths[Math.floor(rand() * paths.length)]!;
    const started = performance.now();
    try {
      const status = await fetchStatus(path, user.headers);
      record(screen, performance.now() - started, status);
    } catch {
      record(screen, performance.now() - started, 0);
    }
  };
  let stopAt = Date.now() + (request.warmupSeconds + request.seconds) * 1000;
  let nextUser = 0;
  const desk = async () => {
    while (Date.now() < stopAt) {
      const user = request.users[nextUser++ % request.users.length]!;
      await get(user, 'my-work');
      for (let i = 0; i < request.screensPerVisit && Date.now() < stopAt; i += 1) await get(user, pick(user));
    }
  };
  const warmup = setTimeout(() => {
    measuring = true;
  }, request.warmupSeconds * 1000);
  const measuredFrom = Date.now() + request.warmupSeconds * 1000;
  await Promise.all(Array.from({ length: request.connections }, desk));
  clearTimeout(warmup);
  stopAt = 0;
  const seconds = (Date.now() - measuredFrom) / 1000;
  agent.destroy();
  const screens: Record<string, ScreenResult> = {};
  for (const [screen, s] of samples) {
    screens[screen] = { requests: s.latencies.length + s.non2xx + s.errors, non2xx: s.non2xx, statuses: s.statuses, errors: s.errors, latency: summarizeLatencies(s.latencies) };
  }
  return { ok: true, seconds, screens, overall: summarizeLatencies(all), users: new Set(request.users.map((u) => u.username)).size };
}

process.once('message', (message) => {
  void run(message as OfficeLoadRequest)
    .catch((error: unknown): OfficeLoadReply => ({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }))
    .then((reply) => process.send?.(reply, () => process.disconnect()));
});
