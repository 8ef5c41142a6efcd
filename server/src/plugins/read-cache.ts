/**
 * The read cache: the serialised answers of the heaviest read routes (task
 * list and detail, My work, the supervision board), kept per user and thrown
 * away at any change of the data (db/data-changes.ts) or after a short maximum
 * age. A route opts in with `config: { readCache: true }`.
 *
 * It sits after the access check and the validation (preHandler), so every
 * request still proves its session and its policy; only the use case and the
 * serialisation are skipped. An answer is stored only when it was computed
 * entirely within one data generation, and served only while that generation
 * lasts — a write that commits while an answer is being computed makes it
 * unusable. Many requests missing the same key at once share one computation.
 * While neither the change listener nor a reading of the database's generation
 * vouches for the last second, nothing is served from the cache
 * (`x-yrd-cache: bypass`).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppDeps } from '../app-deps.ts';
import type { DataChanges } from '../db/data-changes.ts';
import type { Clock } from '../shared/clock.ts';
import { UNSAFE_METHODS } from './policy.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** GET only: answers may come from the read cache (per user, dropped at any data change). */
    readCache?: boolean;
  }
  interface FastifyRequest {
    readCacheTicket?: ReadCacheTicket;
  }
  interface FastifyInstance {
    /** The app's read cache (its counters, for the bench and tests). */
    readCache: ReadCache;
  }
}

export const CACHE_HEADER = 'x-yrd-cache';
/** Answers depend on "today" in the region's zone; every zone's midnight falls on a quarter hour of UTC. */
const TIME_SLOT_MS = 15 * 60 * 1000;

interface Entry {
  /** Encoded once: sending bytes skips the UTF-8 encoding of the text on every hit (most of a hit's cost). */
  body: Buffer;
  generation: number;
  storedAt: number;
}

export interface ReadCacheOptions {
  /** Bytes of answers kept at most (least recently used go first); 0 turns the cache off. */
  maxBytes: number;
  /** The longest an answer is served, even without a change notice (ms). */
  maxAgeMs: number;
  /** Larger answers are not kept. */
  maxEntryBytes?: number;
}

export interface ReadCacheStats {
  hits: number;
  shared: number;
  misses: number;
  bypasses: number;
  stored: number;
  evicted: number;
  entries: number;
  bytes: number;
}

export interface ReadCacheTicket {
  /** The answer was sent: keep it (if still current) and hand it to those waiting. */
  complete(body: string): void;
  /** No answer to keep (an error, or not JSON): those waiting compute their own. */
  abandon(): void;
}

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<Buffer | undefined>>();
  private bytes = 0;
  private readonly counters = { hits: 0, shared: 0, misses: 0, bypasses: 0, stored: 0, evicted: 0 };
  private readonly maxEntryBytes: number;

  constructor(
    private readonly changes: DataChanges,
    private readonly clock: Clock,
    private readonly options: ReadCacheOptions,
  ) {
    this.maxEntryBytes = options.maxEntryBytes ?? Math.min(4 * 1024 * 1024, options.maxBytes);
  }

  get enabled(): boolean {
    return this.options.maxBytes > 0;
  }

  /**
   * Usable now: on, and every change committed more than about a second ago is
   * known — heard through the listener, or, when it cannot vouch, confirmed by
   * reading the database's generation (decision 0010, amended).
   */
  usable(): boolean | Promise<boolean> {
    if (!this.enabled) return false;
    return this.changes.isWatching() || this.changes.confirmCurrent();
  }

  stats(): ReadCacheStats {
    return { ...this.counters, entries: this.entries.size, bytes: this.bytes };
  }

  keyFor(userId: string, locale: string, url: string): string {
    const slot = Math.floor(this.clock.now().getTime() / TIME_SLOT_MS);
    return `${userId}\u0000${locale}\u0000${slot}\u0000${url}`;
  }

  /** A current answer for this key, if there is one. */
  get(key: string): Buffer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== this.changes.generation || this.clock.now().getTime() - entry.storedAt >= this.options.maxAgeMs) {
      this.remove(key, entry);
      return undefined;
    }
    // Most recently used goes to the end of the map's order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.counters.hits += 1;
    return entry.body;
  }

  /** The answer another request is computing for this key in this generation, if any. */
  pending(key: string): Promise<Buffer | undefined> | undefined {
    return this.inFlight.get(this.flightKey(key, this.changes.generation));
  }

  noteShared(): void {
    this.counters.shared += 1;
  }

  noteBypass(): void {
    this.counters.bypasses += 1;
  }

  /** This request computes the answer; others missing the same key wait for it. */
  begin(key: string): ReadCacheTicket {
    this.counters.misses += 1;
    const generation = this.changes.generation;
    const flightKey = this.flightKey(key, generation);
    let settle: (body: Buffer | undefined) => void = () => undefined;
    this.inFlight.set(flightKey, new Promise((resolve) => (settle = resolve)));
    let done = false;
    const finish = (body: Buffer | undefined) => {
      if (done) return;
      done = true;
      this.inFlight.delete(flightKey);
      settle(body);
    };
    return {
      complete: (text) => {
        const body = Buffer.from(text);
        // Computed across a change: it may mix data from before and after; do not keep it.
        if (generation === this.changes.generation) this.store(key, body, generation);
        finish(body);
      },
      abandon: () => finish(undefined),
    };
  }

  private store(key: string, body: Buffer, generation: number): void {
    const size = body.length;
    if (size > this.maxEntryBytes) return;
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    this.entries.set(key, { body, generation, storedAt: this.clock.now().getTime() });
    this.bytes += size;
    this.counters.stored += 1;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.remove(oldestKey, oldest);
      this.counters.evicted += 1;
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }

  private flightKey(key: string, generation: number): string {
    return `${generation}\u0000${key}`;
  }
}

export function readCacheFor(deps: AppDeps): ReadCache {
  return new ReadCache(deps.dataChanges, deps.clock, {
    maxBytes: deps.config.readCacheMb * 1024 * 1024,
    maxAgeMs: deps.config.readCacheSeconds * 1000,
  });
}

function sendCached(reply: FastifyReply, body: Buffer, how: 'hit' | 'shared'): FastifyReply {
  return reply.header(CACHE_HEADER, how).type('application/json; charset=utf-8').send(body);
}

async function answerFromCache(cache: ReadCache, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  const { principal } = request;
  if (principal.kind !== 'user') return undefined;
  const usable = cache.usable();
  if (!(usable === true || (usable !== false && (await usable)))) {
    cache.noteBypass();
    reply.header(CACHE_HEADER, 'bypass');
    return undefined;
  }
  const key = cache.keyFor(principal.userId, request.locale, request.url);
  const cached = cache.get(key);
  if (cached !== undefined) return sendCached(reply, cached, 'hit');
  const pending = cache.pending(key);
  if (pending) {
    const body = await pending;
    if (body !== undefined) {
      cache.noteShared();
      return sendCached(reply, body, 'shared');
    }
  }
  request.readCacheTicket = cache.begin(key);
  reply.header(CACHE_HEADER, 'miss');
  return undefined;
}

export const readCachePlugin = fp<{ deps: AppDeps; cache: ReadCache }>(
  async (app: FastifyInstance, { deps, cache }) => {
    app.decorate('readCache', cache);
    app.decorateRequest('readCacheTicket', undefined);
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      if (route.config?.readCache && methods.some((m) => m !== 'GET' && m !== 'HEAD')) {
        throw new Error(`${route.url}: only GET routes may use the read cache`);
      }
    });
    app.addHook('preHandler', async (request, reply) => {
      if (!request.routeOptions.config.readCache || request.method !== 'GET' || !cache.enabled) return;
      const answered = await answerFromCache(cache, request, reply);
      if (answered) return answered;
    });
    app.addHook('onSend', async (request, reply, payload) => {
      const ticket = request.readCacheTicket;
      if (ticket) {
        request.readCacheTicket = undefined;
        if (reply.statusCode === 200 && typeof payload === 'string') ticket.complete(payload);
        else ticket.abandon();
      }
      // A write of this process: answers computed before it are out of date before the writer hears back.
      // Refused requests (4xx) changed nothing, and must not let anyone empty the cache at will.
      if (UNSAFE_METHODS.has(request.method) && (reply.statusCode < 400 || reply.statusCode >= 500)) deps.dataChanges.noteWrite();
      return payload;
    });
    app.addHook('onResponse', async (request) => {
      request.readCacheTicket?.abandon();
      request.readCacheTicket = undefined;
    });
  },
  { name: 'yrd-read-cache' },
);
