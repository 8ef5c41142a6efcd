/**
 * Knows when the data may have changed, so answers computed before can be
 * thrown away (the read cache). Two sources:
 * - this process's own writes: `noteWrite()` after each committed write
 *   transaction (auditedTransaction) and each unsafe HTTP request — at once,
 *   before the writer's answer leaves, so a caller always reads its own writes;
 * - everyone else's (other instances, jobs, the CLI, plain SQL): a statement
 *   trigger on every data table sends `NOTIFY yrd_data_changed` at commit
 *   (migration 0010), and a dedicated connection LISTENs for it.
 * The listener proves it is alive with a ping through its own connection; while
 * it is not connected or a ping is overdue, `isWatching()` is false and cached
 * answers must not be used — a notification might have been missed.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const DATA_CHANGED_CHANNEL = 'yrd_data_changed';

/**
 * Tables without the change trigger: no cached answer reads them, and they
 * change on every sign-in, request or job tick — or, like board_cell_deltas,
 * they change only in the same transaction as a watched table (or are folded
 * without changing any answer). Every other table must carry it (migration 0010
 * added it to all then; later tables call yrd_watch_table). Sessions announce
 * only the ones that end (migration 0012), for the session cache.
 */
export const QUIET_TABLES = ['audit_events', 'sessions', 'login_throttle', 'jobs', 'webhook_deliveries', 'excel_imports', 'password_history', 'schema_migrations', 'schema_migrations_lock', 'board_cell_deltas'];

export interface DataChangesOptions {
  /** How often the listener pings itself (ms). */
  pingIntervalMs?: number;
  /** How long to wait before reconnecting a lost listener (ms). */
  reconnectDelayMs?: number;
  log?: (message: string) => void;
}

export class DataChanges {
  /** Grows at every change this process learns of; answers remember the generation they were computed in. */
  private generationValue = 0;
  private client: pg.Client | undefined;
  private connected = false;
  private lastPongAt = 0;
  private pongWaiters: (() => void)[] = [];
  private pingTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private stopped = true;
  private readonly pingChannel = `yrd_ping_${randomBytes(6).toString('hex')}`;
  private readonly pingIntervalMs: number;
  private readonly reconnectDelayMs: number;
  private readonly log: (message: string) => void;

  constructor(options: DataChangesOptions = {}) {
    this.pingIntervalMs = options.pingIntervalMs ?? 5_000;
    this.reconnectDelayMs = options.reconnectDelayMs ?? 2_000;
    this.log = options.log ?? (() => undefined);
  }

  get generation(): number {
    return this.generationValue;
  }

  /** A write of this process committed (or may have): everything computed before is out of date. */
  noteWrite(): void {
    this.generationValue += 1;
  }

  /** True while notifications from PostgreSQL are known to arrive. */
  isWatching(): boolean {
    return this.connected && Date.now() - this.lastPongAt < this.pingIntervalMs * 3;
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
    await client?.end().catch(() => undefined);
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
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.log(`change listener lost (${reason}); cached answers are bypassed until it reconnects`);
      this.reconnectTimer = setTimeout(() => void this.connect(connectionString).catch(() => undefined), this.reconnectDelayMs);
    };
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('connection closed'));
    client.on('notification', (message) => {
      if (message.channel === this.pingChannel) {
        this.lastPongAt = Date.now();
        for (const resolve of this.pongWaiters.splice(0)) resolve();
      } else this.noteWrite();
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
      await client.query(`LISTEN ${this.pingChannel}`);
      await this.pingAndWait(client);
    } catch (error) {
      lost((error as Error).message);
      throw error;
    }
    // Listening starts now: anything cached before may predate a change it did not hear of.
    this.noteWrite();
    this.connected = true;
    this.pingTimer = setInterval(() => void this.ping(client).catch((error: Error) => lost(error.message)), this.pingIntervalMs);
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
    const pong = new Promise<void>((resolve) => this.pongWaiters.push(resolve));
    await this.ping(client);
    await pong;
  }

  private async ping(client: pg.Client): Promise<void> {
    await client.query('SELECT pg_notify($1, $2)', [this.pingChannel, 'ping']);
  }
}
