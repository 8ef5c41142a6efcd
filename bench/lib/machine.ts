/** The machine a result came from: numbers mean little without it. */
import fs from 'node:fs';
import os from 'node:os';
import { sql } from 'kysely';
import type { Db } from '../../server/src/db/database.ts';
import type { MachineInfo } from './types.ts';

/** "Ubuntu 24.04.1 LTS" from /etc/os-release where there is one, else the kernel. */
function osName(): string {
  const kernel = `${os.type()} ${os.release()} ${os.arch()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1];
    return pretty ? `${pretty} (${kernel})` : kernel;
  } catch {
    return kernel;
  }
}

export async function machineInfo(db: Db): Promise<MachineInfo> {
  const version = await sql<{ server_version: string }>`SHOW server_version`.execute(db);
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: osName(),
    node: process.version,
    postgres: version.rows[0]?.server_version ?? 'unknown',
  };
}
