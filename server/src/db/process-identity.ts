/**
 * Who a process id belongs to now. A pid written in a file names a process
 * only while that process lives: after a crash the number is free and may be
 * reused by anything. Before trusting or signalling a pid from a file we check
 * the process's start time (the pair pid + start time never repeats) or its
 * command line.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** An opaque token of when the process started, or undefined when it does not exist (or cannot be read). */
export function processStartToken(pid: number): string | undefined {
  if (!isAlive(pid)) return undefined;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime, in clock ticks since boot), counted after the command name's closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ? `proc:${fields[19]}` : undefined;
  } catch {
    const started = psField(pid, 'lstart=');
    return started ? `ps:${started}` : undefined;
  }
}

/** The process's command line (program and arguments), or undefined when it does not exist. */
export function processCommandLine(pid: number): string[] | undefined {
  if (!isAlive(pid)) return undefined;
  try {
    const raw = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter((part, index, all) => part !== '' || index < all.length - 1);
  } catch {
    return psField(pid, 'command=')?.split(/\s+/);
  }
}

/** `ps` where there is no /proc (macOS): synchronous, only for rare checks at start-up. */
function psField(pid: number, field: string): string | undefined {
  try {
    return execFileSync('ps', ['-o', field, '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}
