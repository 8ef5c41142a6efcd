/**
 * Anchors of the audit chain outside the database (issue 14, item 20).
 *
 * The chain proves that no event was altered or removed in the middle, but
 * someone with owner rights can delete the newest events and leave a shorter,
 * intact chain. So the head — its event, its hash, how many events there were —
 * is written down where the database cannot reach: appended as a line to
 * `<data dir>/audit-anchors.jsonl` and to the log, by a recurring job (every 15
 * minutes) and by every `yrd audit verify`. Verification then checks every
 * anchor against the chain: an anchored event that is gone, or whose hash
 * changed, means events were removed or the chain rewritten, and says how many
 * events are missing after the last one still there.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../shared/clock.ts';
import { MINUTE } from '../../shared/clock.ts';
import type { JobHandler } from '../jobs/jobs.models.ts';
import { countEventsUpTo, hashOfEvent, readChainHead } from './audit.repository.ts';

export const ANCHOR_FILE = 'audit-anchors.jsonl';
export const ANCHOR_EVERY_MS = 15 * MINUTE;

export interface AuditAnchor {
  /** When the head was read. */
  at: string;
  /** The newest event then, and its hash. */
  seq: string;
  hash: string;
  /** How many events the chain held then (every one of them has seq ≤ `seq`). */
  events: number;
  by: 'schedule' | 'verify';
}

/** An anchor the chain no longer matches. */
export interface AnchorProblem {
  anchor: AuditAnchor;
  /** missing: its event is gone; rewritten: its event is there with another hash. */
  kind: 'missing' | 'rewritten';
  /** Events it counted that are no longer in the chain. */
  missingEvents: number;
  /** The newest event still there before the anchored one (null: none). */
  lastPresentSeq: string | null;
}

export interface AnchorCheck {
  /** Anchors read from the file. */
  anchors: number;
  latest?: AuditAnchor;
  /** The newest anchor the chain no longer matches, and how many anchors fail in all. */
  problem?: AnchorProblem;
  failing: number;
}

export function anchorFilePath(dataDir: string): string {
  return path.join(dataDir, ANCHOR_FILE);
}

/** Every anchor in the file, oldest first; lines that do not parse (a torn write) are skipped. */
export function readAnchors(dataDir: string): AuditAnchor[] {
  let text: string;
  try {
    text = fs.readFileSync(anchorFilePath(dataDir), 'utf8');
  } catch {
    return [];
  }
  const anchors: AuditAnchor[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const anchor = JSON.parse(line) as AuditAnchor;
      if (/^\d+$/.test(anchor.seq) && typeof anchor.hash === 'string' && Number.isInteger(anchor.events)) anchors.push(anchor);
    } catch {
      // a torn line: the others still count
    }
  }
  return anchors;
}

export type AnchorLog = (level: 'info' | 'error', message: string, fields: Record<string, unknown>) => void;

/** A JSON log line like the server's own (pino's shape), on stdout, at or above the configured level. */
export function jsonLog(logLevel: string): AnchorLog {
  const levels: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };
  const threshold = levels[logLevel] ?? 30;
  return (level, message, fields) => {
    const value = level === 'info' ? 30 : 50;
    if (value < threshold) return;
    console.log(JSON.stringify({ level: value, time: Date.now(), pid: process.pid, ...fields, msg: message }));
  };
}

/**
 * Writes the chain's head down: a line in the anchor file and one in the log.
 * Before that, the previous anchor is checked cheaply (its event still there
 * with its hash, nothing before it gone): a failure is logged as an error at
 * once, not only at the next full verification. Nothing to anchor in an empty
 * chain.
 */
export async function anchorChain(
  deps: { db: Db; clock: Clock; config: Pick<AppConfig, 'dataDir'> },
  by: AuditAnchor['by'],
  log: AnchorLog,
): Promise<AuditAnchor | undefined> {
  const previous = readAnchors(deps.config.dataDir).at(-1);
  if (previous) {
    const [hash, present] = await Promise.all([hashOfEvent(deps.db, previous.seq), countEventsUpTo(deps.db, previous.seq)]);
    if (hash !== previous.hash || present < previous.events) {
      log('error', 'audit chain no longer matches its last anchor', {
        anchoredAt: previous.at,
        anchoredSeq: previous.seq,
        anchoredEvents: previous.events,
        missingEvents: Math.max(0, previous.events - present),
        problem: hash === undefined ? 'missing' : hash !== previous.hash ? 'rewritten' : 'missing',
      });
    }
  }
  const head = await readChainHead(deps.db);
  if (!head) return undefined;
  const anchor: AuditAnchor = { at: deps.clock.now().toISOString(), seq: head.seq, hash: head.hash, events: head.events, by };
  fs.mkdirSync(deps.config.dataDir, { recursive: true });
  // One write per line in append mode: concurrent writers (the server's job, a CLI verify) never interleave a line.
  fs.appendFileSync(anchorFilePath(deps.config.dataDir), `${JSON.stringify(anchor)}\n`, { mode: 0o600 });
  log('info', 'audit chain anchored', { auditAnchor: anchor });
  return anchor;
}

/** The recurring job: anchors the head every ANCHOR_EVERY_MS (in whichever instance runs the slot). */
export const auditAnchorHandler: JobHandler = {
  kind: 'audit.anchor',
  async run(deps) {
    await anchorChain(deps, 'schedule', jsonLog(deps.config.logLevel));
  },
};

/**
 * Follows the chain in order (seq ascending) and compares it with the
 * anchors: `see` for each event, `finish` after the last.
 */
export class AnchorChecker {
  private readonly pending: AuditAnchor[];
  private present = 0;
  private lastSeq: string | null = null;
  private readonly problems: AnchorProblem[] = [];

  constructor(private readonly anchors: AuditAnchor[]) {
    this.pending = [...anchors].sort((a, b) => compareSeq(a.seq, b.seq));
  }

  see(seq: string, hash: string): void {
    while (this.pending.length > 0 && compareSeq(this.pending[0]!.seq, seq) <= 0) {
      const anchor = this.pending.shift()!;
      if (anchor.seq === seq) {
        // Present, with `present + 1` events up to it now.
        if (anchor.hash !== hash) this.fail(anchor, 'rewritten', this.present + 1);
        else if (this.present + 1 < anchor.events) this.fail(anchor, 'missing', this.present + 1);
      } else {
        this.fail(anchor, 'missing', this.present);
      }
    }
    this.present += 1;
    this.lastSeq = seq;
  }

  finish(): AnchorCheck {
    for (const anchor of this.pending.splice(0)) this.fail(anchor, 'missing', this.present);
    const latest = this.anchors.length > 0 ? this.anchors.reduce((a, b) => (compareSeq(a.seq, b.seq) >= 0 ? a : b)) : undefined;
    const problem = this.problems.length > 0 ? this.problems.reduce((a, b) => (compareSeq(a.anchor.seq, b.anchor.seq) >= 0 ? a : b)) : undefined;
    return { anchors: this.anchors.length, latest, problem, failing: this.problems.length };
  }

  /** `lastSeq` is the newest event seen before the anchored one (anchors are met in seq order). */
  private fail(anchor: AuditAnchor, kind: AnchorProblem['kind'], presentUpTo: number): void {
    this.problems.push({ anchor, kind, missingEvents: Math.max(0, anchor.events - presentUpTo), lastPresentSeq: this.lastSeq });
  }
}

function compareSeq(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}
