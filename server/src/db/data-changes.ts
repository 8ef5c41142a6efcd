/**
 * Knows when the data may have changed, so what was read before can be
 * thrown away (the session cache, decision 0012; the read cache of 0010 that
 * it first served is gone, decision 0017). Two sources:
 * - this process's own writes: `noteWrite()` after each committed write
 *   transaction (auditedTransaction) and each unsafe HTTP request — at once,
 *   before the writer's answer leaves, so a caller always reads its own writes;
 * - everyone else's (other instances, jobs, the CLI, plain SQL): a statement
 *   trigger on every data table sends `NOTIFY yrd_data_changed` at commit
 *   (migration 0010), and a dedicated connection LISTENs for it.
 *
 * Staleness is bounded (decisions 0010, 0012): the listener pings itself
 * through its own connection every `pingIntervalMs`; the answer to a ping proves
 * that every change committed before the ping was sent has been heard.
 * `isWatching()` is true only while that proof is younger than `maxStalenessMs`
 * (about a second). When it is older — the listener stalled, a pong is late, or
 * a pooler drops LISTEN — `confirmCurrent()` reads the database's own
 * generation number (migration 0018) instead: unchanged, what was cached is
 * still current; changed, everything cached is dropped. Without either proof,
 * nothing cached is used. A listener that stays silent for `lostAfterMs` is
 * dropped and connected again.
 */
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from './database.ts';

export const DATA_CHANGED_CHANNEL = 'yrd_data_changed';
const FIRST_PING_TIMEOUT_MS = 15_000;

/**
 * Tables without the change trigger: no cached answer reads them, and they
 * change on every sign-in, request or job tick — or, like board_cell_deltas,
 * they change only in the same transaction as a watched table (or are folded
 * without changing any answer). Every other table must carry it (migration 0010
 * added it to all then; later tables call yrd_watch_table). Sessions announce
 * only the ones that end (migration 0012), for the session cache.
 * data_generation is the triggers' own counter (migration 0018).
 */
export const QUIET_TABLES = ['audit_events', 'sessions', 'login_throttle', 'jobs', 'webhook_deliveries', 'excel_imports', 'password_history', 'schema_migrations', 'schema_migrations_lock', 'board_cell_deltas', 'my_work_count_deltas', 'my_work_share_buckets', 'data_generation', 'api_tokens', 'access_denial_tallies', 'login_challenges'];

/** The database's data generation: grows with every committed transaction that sends a change notice. */
export async function readDataGeneration(db: Db): Promise<string> {
  const result = await sql<{ generation: string }>`SELECT coalesce(sum(bumps), 0)::text AS generation FROM data_generation`.execute(db);
  return result.rows[0]!.generation;
}

/**
 * Folds the per-backend rows of data_generation into row 0 (the sum, and so the
 * generation, stays the same). Rows of transactions in flight are skipped, so
 * the fold never waits for a writer nor makes one wait.
 */
export async function foldDataGeneration(db: Db): Promise<void> {
  await sql`
    WITH gone AS (
      DELETE FROM data_generation
       WHERE backend_pid IN (SELECT backend_pid FROM data_generation WHERE backend_pid <> 0 FOR UPDATE SKIP LOCKED)
      RETURNING bumps
    )
    INSERT INTO data_generation AS g (backend_pid, bumps)
    SELECT 0, sum(bumps) FROM gone HAVING count(*) > 0
    ON CONFLICT (backend_pid) DO UPDATE SET bumps = g.bumps + EXCLUDED.bumps
  `.execute(db);
}

export interface DataChangesOptions {
  /** How often the listener pings itself (ms). */
  pingIntervalMs?: number;
  /** The oldest proof that every change was heard that still counts (ms). */
  maxStalenessMs?: number;
  /** A listener that has not answered a ping for this long is dropped and connected again (ms). */
  lostAfterMs?: number;
  /** How long to wait before reconnecting a lost listener (ms). */
  reconnectDelayMs?: number;
  /** Where the data generation is read when the listener cannot vouch (the app's pool). */
  db?: Db;
  log?: (message: string) => void;
}

export class DataChanges {
  /** Grows at every change this process learns of; answers remember the generation they were computed in. */
  private generationValue = 0;
  private client: pg.Client | undefined;
  private connected = false;
  /** When the newest answered ping was sent (performance.now()): every change committed before it was heard. */
  private heardUpTo = Number.NEGATIVE_INFINITY;
  /** When the newest reading of the database's generation started that found the local generation current. */
  private confirmedUpTo = Number.NEGATIVE_INFINITY;
  /** The database's generation as of the last ping or reading; every change it counts has been accounted for. */
  private databaseGeneration: string | undefined;
  private confirming: Promise<boolean> | undefined;
  private pingCounter = 0;
  private pingsQueued = 0;
  private pingQueue: Promise<void> = Promise.resolve();
  private readonly pingsSent = new Map<number, number>();
  private pongWaiters: { ping: number; resolve: () => void; reject: (error: Error) => void }[] = [];
  private pingTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private stopped = true;
  private readonly pingChannel = `yrd_ping_${randomBytes(6).toString('hex')}`;
  private readonly pingIntervalMs: number;
  private readonly maxStalenessMs: number;
  private readonly lostAfterMs: number;
  private readonly reconnectDelayMs: number;
  private readonly db: Db | undefined;
  private readonly log: (message: string) => void;

  constructor(options: DataChangesOptions = {}) {
    this.pingIntervalMs = options.pingIntervalMs ?? 250;
    this.maxStalenessMs = options.maxStalenessMs ?? 1_000;
    this.lostAfterMs = options.lostAfterMs ?? 5_000;
    this.reconnectDelayMs = options.reconnectDelayMs ?? 2_000;
    this.db = options.db;
    this.log = options.log ?? (() => undefined);
  }

  get generation(): number {
    return this.generationValue;
  }

  /** A write of this process committed (or may have): everything computed before is out of date. */
  noteWrite(): void {
    this.generationValue += 1;
  }

  /** True while every change committed more than about `maxStalenessMs` ago is known to have been heard. */
  isWatching(): boolean {
    if (this.stopped) return false;
    const since = performance.now() - this.maxStalenessMs;
    return (this.connected && this.heardUpTo > since) || this.confirmedUpTo > since;
  }

  /**
   * When the listener cannot vouch for the last second: reads the database's
   * generation (one reading shared by every caller waiting for it). True when
   * the local generation is current as of the reading.
   */
  async confirmCurrent(): Promise<boolean> {
    if (this.isWatching()) return true;
    if (this.stopped || !this.db) return false;
    this.confirming ??= this.readAndCompare(this.db).finally(() => (this.confirming = undefined));
    return this.confirming;
  }

  private async readAndCompare(db: Db): Promise<boolean> {
    const startedAt = performance.now();
    try {
      const generation = await readDataGeneration(db);
      // Changed since the last reading (or never read): whatever was computed before may predate the change.
      if (generation !== this.databaseGeneration) this.noteWrite();
      this.databaseGeneration = generation;
      // Anything computed from now on started after this reading's snapshot, and anything kept from before
      // was computed after the reading that found the same number: both are current as of `startedAt`.
      this.confirmedUpTo = Math.max(this.confirmedUpTo, startedAt);
      return this.isWatching();
    } catch {
      return false;
    }
  }

  /** Starts listening on its own connection (not from the pool: LISTEN belongs to one session). */
  async listen(connectionString: string): Promise<void> {
    this.stopped = false;
    await this.connect(connectionString);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pingTimer);
    clearTimeout(this.reconnectTimer);
    this.connected = false;
    const client = this.client;
    this.client = undefined;
    this.releaseWaiters();
    if (client) await Promise.race([client.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
    destroySocket(client);
  }

  private async connect(connectionString: string): Promise<void> {
    const client = new pg.Client({ connectionString, application_name: 'yrd-changes', keepAlive: true });
    const lost = (reason: string) => {
      if (this.client !== client) return;
      this.connected = false;
      this.client = undefined;
      clearInterval(this.pingTimer);
      // Whatever was cached may have missed a change while the connection was gone.
      this.noteWrite();
      this.releaseWaiters();
      // A stalled connection may never answer a polite goodbye: close the socket too.
      client.end().catch(() => undefined);
      destroySocket(client);
      if (this.stopped) return;
      this.log(`change listener lost (${reason}); kept sessions are used only after reading the database's generation until it reconnects`);
      this.reconnectTimer = setTimeout(() => void this.connect(connectionString).catch(() => undefined), this.reconnectDelayMs);
    };
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('connection closed'));
    client.on('notification', (message) => {
      if (message.channel === this.pingChannel) this.pong(Number(message.payload));
      else this.noteWrite();
    });
    this.client = client;
    this.pingQueue = Promise.resolve();
    this.pingsQueued = 0;
    try {
      await client.connect();
      await client.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
      await client.query(`LISTEN ${this.pingChannel}`);
      // A pooler that drops LISTEN never answers: give up instead of waiting forever.
      await withTimeout(this.pingAndWait(client), Math.max(this.lostAfterMs, FIRST_PING_TIMEOUT_MS), 'no answer to the first ping');
    } catch (error) {
      lost((error as Error).message);
      throw error;
    }
    // Listening starts now: anything cached before may predate a change it did not hear of.
    this.noteWrite();
    this.connected = true;
    // Silence is counted in ticks that ran while a ping was unanswered, so a process too busy to read
    // its socket (a blocked event loop) does not take its own deafness for a dead connection.
    let silentTicks = 0;
    this.pingTimer = setInterval(() => {
      if (this.pingsQueued === 0) {
        silentTicks = 0;
        void this.ping(client).catch((error: Error) => lost(error.message));
        return;
      }
      silentTicks += 1;
      if (silentTicks * this.pingIntervalMs >= this.lostAfterMs) lost(`no answer to pings for ${Math.round(this.lostAfterMs / 1000)} s`);
    }, this.pingIntervalMs);
    this.pingTimer.unref();
  }

  /**
   * Resolves once every change committed before the call has been heard:
   * PostgreSQL delivers notifications to a session in commit order, so the
   * answer to a ping sent now comes after them.
   */
  async sync(): Promise<void> {
    if (!this.client || !this.connected) throw new Error('the change listener is not connected');
    await this.pingAndWait(this.client);
  }

  private async pingAndWait(client: pg.Client): Promise<void> {
    const ping = this.nextPing();
    const pong = new Promise<void>((resolve, reject) => this.pongWaiters.push({ ping, resolve, reject }));
    // Rejected when the connection is lost, perhaps after a failed ping below made nobody wait for it.
    pong.catch(() => undefined);
    await this.ping(client, ping);
    await pong;
  }

  private nextPing(): number {
    this.pingCounter += 1;
    return this.pingCounter;
  }

  /**
   * One ping query at a time on the connection: a stalled one holds the next
   * back instead of piling them up. The ping also reads the database's
   * generation in its snapshot; PostgreSQL sends the pong before the query's
   * end, so by then every change counted in it has been heard, and a later
   * reading of the same number proves that nothing changed since.
   */
  private async ping(client: pg.Client, ping = this.nextPing()): Promise<void> {
    this.pingsQueued += 1;
    const send = this.pingQueue.then(() => {
      this.pingsSent.set(ping, performance.now());
      return client.query<{ generation: string }>(
        'SELECT pg_notify($1, $2), (SELECT coalesce(sum(bumps), 0)::text FROM data_generation) AS generation',
        [this.pingChannel, String(ping)],
      );
    });
    this.pingQueue = send.then(
      () => undefined,
      () => undefined,
    );
    try {
      const result = await send;
      if (this.client === client) this.databaseGeneration = result.rows[0]!.generation;
    } finally {
      this.pingsQueued = Math.max(0, this.pingsQueued - 1);
    }
  }

  /** Pings are answered in the order they were sent: an answer vouches for everything before its own ping. */
  private pong(ping: number): void {
    const sentAt = this.pingsSent.get(ping);
    for (const key of this.pingsSent.keys()) {
      if (key > ping) break;
      this.pingsSent.delete(key);
    }
    if (sentAt !== undefined) this.heardUpTo = Math.max(this.heardUpTo, sentAt);
    const due = this.pongWaiters.filter((waiter) => waiter.ping <= ping);
    this.pongWaiters = this.pongWaiters.filter((waiter) => waiter.ping > ping);
    for (const waiter of due) waiter.resolve();
  }

  /** Nobody waits forever for the answer of a connection that is gone. */
  private releaseWaiters(): void {
    this.pingsSent.clear();
    for (const waiter of this.pongWaiters.splice(0)) waiter.reject(new Error('the change listener was disconnected before it answered'));
  }
}

function destroySocket(client: pg.Client | undefined): void {
  (client as unknown as { connection?: { stream?: { destroy(): void } } } | undefined)?.connection?.stream?.destroy();
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
