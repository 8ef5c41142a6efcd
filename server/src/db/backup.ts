/**
 * Logical backup and restore of every record, independent of PostgreSQL's
 * version (the embedded packages ship no pg_dump; see
 * docs/decisions/0005-backup-format.md).
 *
 * File format (gzip): a header line, a JSON manifest line, then for each table
 * a `\table <name>` line followed by its rows in COPY text format and the COPY
 * terminator `\.`. Tables are written parents-first from one snapshot, so the
 * backup is consistent and restores with foreign keys checked.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { PassThrough, Readable } from 'node:stream';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { Migrator, sql, type Kysely } from 'kysely';
import { migrations } from './migrations/index.ts';
import { grantAppRole } from './migrate.ts';
import { systemClock, type Clock } from '../shared/clock.ts';

const MAGIC = 'YRD-BACKUP 1';
// Derived data is recounted after restore instead (board_cell_deltas: migration 0011; my_work_*: 0022).
// data_generation only counts changes for the caches of running instances (migration 0018); a restore starts it anew.
const EXCLUDED = new Set(['schema_migrations', 'schema_migrations_lock', 'board_cell_deltas', 'my_work_count_deltas', 'my_work_share_buckets', 'data_generation']);

export interface BackupManifest {
  format: 'yrd-backup';
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number }[];
  sequences: { name: string; value: string | null }[];
}

export type Progress = (done: number, total: number, label: string) => void;

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** User tables in an order where every referenced table comes first. */
async function tablesParentsFirst(client: pg.ClientBase): Promise<{ name: string; columns: string[] }[]> {
  const tables = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`,
  );
  const deps = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`,
  );
  const names = tables.rows.map((r) => r.name).filter((n) => !EXCLUDED.has(n));
  const parents = new Map(names.map((n) => [n, deps.rows.filter((d) => d.child === n).map((d) => d.parent)]));
  const ordered: string[] = [];
  const visit = (name: string, trail: Set<string>) => {
    if (ordered.includes(name) || trail.has(name)) return;
    trail.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent, trail);
    ordered.push(name);
  };
  for (const name of names) visit(name, new Set());
  const out = [];
  for (const name of ordered) {
    // Generated columns are recomputed on restore; COPY may not write them.
    const cols = await client.query<{ attname: string }>(
      `SELECT attname FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
      [`public.${quoteIdent(name)}`],
    );
    out.push({ name, columns: cols.rows.map((c) => c.attname) });
  }
  return out;
}

async function appliedMigrationNames(client: pg.ClientBase): Promise<string[]> {
  const rows = await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
  return rows.rows.map((r) => r.name);
}

export async function writeBackup(ownerUrl: string, file: string, onProgress?: Progress, clock: Clock = systemClock): Promise<BackupManifest> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'yrd-backup' });
  await client.connect();
  const tmp = `${file}.partial`;
  try {
    // One snapshot for the whole backup: the files agree with each other.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await tablesParentsFirst(client);
    const manifest: BackupManifest = {
      format: 'yrd-backup',
      version: 1,
      createdAt: clock.now().toISOString(),
      migrations: await appliedMigrationNames(client),
      tables: [],
      sequences: [],
    };
    for (const table of tables) {
      const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdent(table.name)}`);
      manifest.tables.push({ ...table, rows: Number(count.rows[0]!.n) });
    }
    const seqs = await client.query<{ name: string; value: string | null }>(
      `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    );
    manifest.sequences = seqs.rows;

    const totalRows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    let doneRows = 0;
    const body = new PassThrough();
    const writing = pipeline(body, createGzip(), fs.createWriteStream(tmp, { mode: 0o600 }));
    body.write(`${MAGIC}\n${JSON.stringify(manifest)}\n`);
    for (const table of manifest.tables) {
      body.write(`\\table ${table.name}\n`);
      const cols = table.columns.map(quoteIdent).join(', ');
      const copy = client.query(copyStreams.to(`COPY ${quoteIdent(table.name)} (${cols}) TO STDOUT`));
      for await (const chunk of copy) {
        if (!body.write(chunk)) await new Promise((resolve) => body.once('drain', resolve));
      }
      body.write('\\.\n');
      doneRows += table.rows;
      onProgress?.(doneRows, totalRows, table.name);
    }
    body.end();
    await writing;
    await client.query('COMMIT');
    fs.renameSync(tmp, file);
    return manifest;
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

export class RestoreRefused extends Error {}

async function readManifest(lines: AsyncIterator<string>): Promise<BackupManifest> {
  const magic = await lines.next();
  if (magic.done || magic.value !== MAGIC) throw new RestoreRefused('This file is not a YRD platform backup.');
  const manifestLine = await lines.next();
  if (manifestLine.done) throw new RestoreRefused('The backup file is truncated (no manifest).');
  return JSON.parse(manifestLine.value) as BackupManifest;
}

/**
 * Restores into a database that holds no records: brings the schema to the
 * backup's version, loads every table in one transaction, resets sequences,
 * then applies any newer migrations.
 */
export async function restoreBackup(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ownerDb: Kysely<any>,
  ownerUrl: string,
  file: string,
  onProgress?: Progress,
): Promise<BackupManifest> {
  const input = fs.createReadStream(file).pipe(createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const manifest = await readManifest(lines);
  const known = Object.keys(migrations);
  const unknown = manifest.migrations.filter((m) => !known.includes(m));
  if (unknown.length > 0) {
    throw new RestoreRefused(`The backup comes from a newer version of the platform (migrations ${unknown.join(', ')}); upgrade first.`);
  }

  const migrator = new Migrator({
    db: ownerDb,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const lastInBackup = manifest.migrations[manifest.migrations.length - 1];
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'yrd-restore' });
  await client.connect();
  try {
    const existing = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'`,
    );
    if (Number(existing.rows[0]!.n) > 0) {
      for (const table of manifest.tables) {
        const has = await client.query(`SELECT to_regclass($1) AS t`, [`public.${quoteIdent(table.name)}`]);
        if (!has.rows[0].t) continue;
        const rows = await client.query(`SELECT 1 FROM ${quoteIdent(table.name)} LIMIT 1`);
        if (rows.rowCount) {
          throw new RestoreRefused(`The target database already holds records (table ${table.name}). Restore into an empty data directory or database.`);
        }
      }
    }
    if (lastInBackup) {
      const result = await migrator.migrateTo(lastInBackup);
      if (result.error) throw result.error;
    }

    const totalRows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    let doneRows = 0;
    await client.query('BEGIN');
    for (const table of manifest.tables) {
      const header = await lines.next();
      if (header.done || header.value !== `\\table ${table.name}`) {
        throw new RestoreRefused(`The backup file is damaged: expected table ${table.name}.`);
      }
      const cols = table.columns.map(quoteIdent).join(', ');
      const copy = client.query(copyStreams.from(`COPY ${quoteIdent(table.name)} (${cols}) FROM STDIN`));
      const source = Readable.from(
        (async function* () {
          while (true) {
            const line = await lines.next();
            if (line.done) throw new RestoreRefused(`The backup file is truncated in table ${table.name}.`);
            if (line.value === '\\.') return;
            yield `${line.value}\n`;
          }
        })(),
      );
      await pipeline(source, copy);
      if (copy.rowCount !== table.rows) {
        throw new RestoreRefused(`Table ${table.name}: expected ${table.rows} rows, restored ${copy.rowCount}.`);
      }
      doneRows += table.rows;
      onProgress?.(doneRows, totalRows, table.name);
    }
    for (const seq of manifest.sequences) {
      if (seq.value !== null) await client.query('SELECT setval($1::regclass, $2::bigint)', [`public.${quoteIdent(seq.name)}`, seq.value]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  const latest = await migrator.migrateToLatest();
  if (latest.error) throw latest.error;
  // The restored rows passed the board triggers (or predate them); recount to be exact either way.
  await sql`SELECT yrd_board_rebuild()`.execute(ownerDb);
  await sql`SELECT yrd_my_work_rebuild()`.execute(ownerDb);
  await grantAppRole(ownerDb);
  return manifest;
}
