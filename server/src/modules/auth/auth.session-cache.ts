/**
 * The sessions this instance has looked up, so a request need not read its
 * session, user and roles again while nothing has changed (decision 0012).
 *
 * An entry lives only within the data generation it was read in
 * (db/data-changes.ts): any write of this process, and any change another
 * instance commits to users, roles or sessions (the DELETE trigger of
 * migration 0012), ends it. While neither the change listener nor a reading
 * of the database's generation vouches for the last second (the session plugin
 * asks for one), nothing is served from here. The caller still checks the timeouts against
 * its clock on every request, and reads the row again before deciding that a
 * session is idle (another instance may have seen it since) or when the
 * session is due to be touched.
 */
import type { DataChanges } from '../../db/data-changes.ts';
import type { SessionWithUser } from './auth.repository.ts';

interface Entry {
  row: SessionWithUser;
  generation: number;
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly changes: DataChanges,
    /** Sessions kept at most (least recently used go first); 0 turns the cache off. */
    private readonly maxEntries: number,
  ) {}

  /** The generation to hand to `store` for a row about to be read: taken before the read. */
  get generation(): number {
    return this.changes.generation;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The row as read in the current generation, if this instance has it and may use it. */
  get(key: string): SessionWithUser | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== this.changes.generation || !this.changes.isWatching()) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.row;
  }

  /** Keeps a row read in `generation`, unless something changed since (it might predate the change). */
  store(key: string, row: SessionWithUser, generation: number): void {
    if (this.maxEntries <= 0 || generation !== this.changes.generation || !this.changes.isWatching()) return;
    this.entries.delete(key);
    this.entries.set(key, { row, generation });
    for (const oldestKey of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldestKey);
    }
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}
