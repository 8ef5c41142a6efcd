/**
 * One platform process per data directory, held by the operating system.
 *
 * The lock is an exclusive `flock` on `<data dir>/yrd.lock`, held by a small
 * helper process (util-linux `flock`, waiting on our stdin): the kernel lets go
 * of it the moment we are gone — crash, kill -9, power loss — so nothing stale
 * can block a start, and no pid is trusted. The file's content (pid, ports,
 * start) only tells commands where to attach; it never decides who holds the
 * lock. The file is never removed (a removed file could be locked twice).
 *
 * Where `flock` is missing (macOS), the pid in the file counts only if that
 * process still has the start time recorded with it, so a reused pid never
 * passes for the platform.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { processStartToken } from './process-identity.ts';

export interface LockInfo {
  pid: number;
  pgPort: number;
  startedAt: string;
  /** The holder's start time (fallback without flock): with the pid, it names one process ever. */
  processStart?: string;
}

export interface InstanceLock {
  release(): Promise<void>;
}

export class LockHeldError extends Error {
  constructor(
    readonly holder: LockInfo | undefined,
    message: string,
  ) {
    super(message);
  }
}

export interface LockOptions {
  /** Tests force the pid-and-start-time fallback; by default `flock` is used where it exists. */
  useFlock?: boolean;
}

let flockAvailable: boolean | undefined;
function hasFlock(): boolean {
  flockAvailable ??= spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  return flockAvailable;
}

function readInfo(file: string): LockInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
    return Number.isInteger(info.pid) ? info : undefined;
  } catch {
    return undefined;
  }
}

/** The holder of the lock if a live process holds it (its recorded details, when it wrote them). */
export function lockHolder(file: string, options: LockOptions = {}): LockInfo | undefined | 'held-unknown' {
  if (options.useFlock ?? hasFlock()) {
    if (!fs.existsSync(file)) return undefined;
    // A shared lock conflicts only with the holder's exclusive one; it is let go at once.
    const probe = spawnSync('flock', ['--shared', '--nonblock', file, 'true'], { stdio: 'ignore' });
    if (probe.status === 0) return undefined;
    return readInfo(file) ?? 'held-unknown';
  }
  const info = readInfo(file);
  if (!info || info.pid === process.pid) return undefined;
  return info.processStart !== undefined && processStartToken(info.pid) === info.processStart ? info : undefined;
}

/** Takes the lock or throws LockHeldError; `info` is written into the file once it is held. */
export async function acquireInstanceLock(file: string, info: Omit<LockInfo, 'processStart'>, options: LockOptions = {}): Promise<InstanceLock> {
  return (options.useFlock ?? hasFlock()) ? acquireWithFlock(file, info) : acquireWithPid(file, info);
}

async function acquireWithFlock(file: string, info: Omit<LockInfo, 'processStart'>): Promise<InstanceLock> {
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  // Its own process group, so a terminal's Ctrl-C reaches only us; `cat` ends when our end of its stdin
  // closes — at release, or when this process dies in any way.
  const holder: ChildProcess = spawn('flock', ['--exclusive', '--wait', '1', file, 'sh', '-c', 'echo locked; exec cat >/dev/null'], {
    detached: true,
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const exited = new Promise<number | null>((resolve) => holder.once('exit', (code) => resolve(code)));
  const locked = await new Promise<boolean>((resolve, reject) => {
    let output = '';
    holder.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('locked')) resolve(true);
    });
    holder.once('error', reject);
    void exited.then(() => resolve(false));
  });
  holder.stdout!.destroy();
  if (!locked) {
    const holderInfo = readInfo(file);
    throw new LockHeldError(holderInfo, `the lock ${file} is held by another process`);
  }
  const stdin = holder.stdin as Writable & { unref?: () => void };
  holder.unref();
  stdin.unref?.();
  fs.writeFileSync(file, JSON.stringify({ ...info }), { mode: 0o600 });
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      // Emptied while still held: nobody reads our details after we are gone.
      fs.writeFileSync(file, '');
      // Held again while we wait: with the holder unreferenced, a process with nothing else left to do would exit before the lock is released.
      holder.ref();
      stdin.end();
      await exited;
    },
  };
}

async function acquireWithPid(file: string, info: Omit<LockInfo, 'processStart'>): Promise<InstanceLock> {
  const mine: LockInfo = { ...info, processStart: processStartToken(process.pid) };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      // 'wx' is atomic: of two processes starting at once, exactly one creates the file.
      fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx', mode: 0o600 });
      return {
        async release() {
          if (readInfo(file)?.pid === process.pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = lockHolder(file, { useFlock: false });
    if (holder && holder !== 'held-unknown') throw new LockHeldError(holder, `the lock ${file} is held by pid ${holder.pid}`);
    // Stale (its process is gone, or the pid now belongs to another process): move it aside atomically and retry.
    try {
      fs.renameSync(file, `${file}.stale`);
    } catch {
      // another process moved it first; retry
    }
  }
  throw new LockHeldError(undefined, `Could not take the lock ${file}; another process keeps changing it.`);
}
