/**
 * Stale pid files are never trusted by pid alone (issue 14, item 17): the
 * instance lock is an OS lock, and a postmaster.pid naming a reused pid never
 * gets that process signalled.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../config.ts';
import { stopOrphan } from './embedded-postgres.ts';
import { acquireInstanceLock, lockHolder, LockHeldError, type InstanceLock } from './instance-lock.ts';
import { isAlive, processStartToken } from './process-identity.ts';
import { readLiveLock } from './runtime.ts';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yrd-lock-'));
const children: ChildProcess[] = [];
const held: InstanceLock[] = [];
afterEach(async () => {
  for (const lock of held.splice(0)) await lock.release();
});
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  fs.rmSync(workDir, { recursive: true, force: true });
});

let counter = 0;
function freshDir(): string {
  const dir = path.join(workDir, String(++counter));
  fs.mkdirSync(dir);
  return dir;
}

/** A live process that has nothing to do with the platform. */
async function unrelatedProcess(): Promise<number> {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child.pid!;
}

const info = (pid = process.pid) => ({ pid, pgPort: 5432, startedAt: new Date().toISOString() });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the instance lock (flock)', () => {
  it('is not blocked by a lock file naming an unrelated live process', async () => {
    const dir = freshDir();
    const stranger = await unrelatedProcess();
    fs.writeFileSync(path.join(dir, 'yrd.lock'), JSON.stringify(info(stranger)));
    expect(readLiveLock(dir)).toBeUndefined();
    const lock = await acquireInstanceLock(path.join(dir, 'yrd.lock'), info());
    held.push(lock);
    expect(isAlive(stranger)).toBe(true);
  });

  it('is exclusive while held, names its holder, and is free again once released', async () => {
    const file = path.join(freshDir(), 'yrd.lock');
    const lock = await acquireInstanceLock(file, info());
    expect(lockHolder(file)).toMatchObject({ pid: process.pid, pgPort: 5432 });
    await expect(acquireInstanceLock(file, info())).rejects.toBeInstanceOf(LockHeldError);
    await lock.release();
    expect(lockHolder(file)).toBeUndefined();
    held.push(await acquireInstanceLock(file, info()));
  });

  it('is let go by the kernel when its holder is killed (kill -9)', async () => {
    const file = path.join(freshDir(), 'yrd.lock');
    const script = `import { acquireInstanceLock } from ${JSON.stringify(path.join(projectRoot, 'server/src/db/instance-lock.ts'))};
await acquireInstanceLock(${JSON.stringify(file)}, { pid: process.pid, pgPort: 1, startedAt: 'x' });
console.log('held');
setInterval(() => undefined, 1000);`;
    const holder = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(holder);
    await new Promise<void>((resolve, reject) => {
      holder.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
      holder.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
    });
    expect(lockHolder(file)).toMatchObject({ pid: holder.pid });
    holder.kill('SIGKILL');
    const deadline = Date.now() + 5_000;
    while (lockHolder(file) !== undefined && Date.now() < deadline) await sleep(100);
    expect(lockHolder(file)).toBeUndefined();
    held.push(await acquireInstanceLock(file, info()));
  });
});

describe('the instance lock without flock (pid and start time)', () => {
  it('does not count a live process whose start time is not the one recorded (a reused pid)', async () => {
    const file = path.join(freshDir(), 'yrd.lock');
    const stranger = await unrelatedProcess();
    fs.writeFileSync(file, JSON.stringify({ ...info(stranger), processStart: 'proc:1' }));
    expect(lockHolder(file, { useFlock: false })).toBeUndefined();
    held.push(await acquireInstanceLock(file, info(), { useFlock: false }));
    expect(isAlive(stranger)).toBe(true);
  });

  it('counts the process that wrote it while it lives', async () => {
    const file = path.join(freshDir(), 'yrd.lock');
    const holder = await unrelatedProcess();
    fs.writeFileSync(file, JSON.stringify({ ...info(holder), processStart: processStartToken(holder) }));
    await expect(acquireInstanceLock(file, info(), { useFlock: false })).rejects.toBeInstanceOf(LockHeldError);
  });
});

describe('a stale postmaster.pid', () => {
  it('whose pid now belongs to an unrelated process never gets that process signalled', async () => {
    const clusterDir = freshDir();
    const stranger = await unrelatedProcess();
    fs.writeFileSync(path.join(clusterDir, 'postmaster.pid'), `${stranger}\n${clusterDir}\n1700000000\n5432\n`);
    const messages: string[] = [];
    await stopOrphan(clusterDir, (m) => messages.push(m));
    await sleep(200);
    expect(isAlive(stranger)).toBe(true);
    // Moved aside: PostgreSQL would refuse to start while the pid it names is alive.
    expect(fs.existsSync(path.join(clusterDir, 'postmaster.pid'))).toBe(false);
    expect(messages.join('\n')).toMatch(new RegExp(`pid ${stranger}, which is not a PostgreSQL server`));
  });
});
