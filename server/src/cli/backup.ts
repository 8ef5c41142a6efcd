import fs from 'node:fs';
import path from 'node:path';
import { RestoreRefused, restoreBackup, writeBackup } from '../db/backup.ts';
import { loadConfig } from '../config.ts';
import { readLiveLock } from '../db/runtime.ts';
import { verifyAuditChain } from '../modules/audit/audit.usecases.ts';
import { fail, withDatabase } from './context.ts';
import { progressBar } from './progress.ts';
import { systemClock } from '../shared/clock.ts';

export async function backupCommand(file: string | undefined) {
  const config = loadConfig();
  const target = file ?? path.join(config.dataDir, 'backups', `yrd-${systemClock.now().toISOString().replace(/[:.]/g, '-')}.yrdbak`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  await withDatabase(async ({ database }) => {
    const bar = progressBar('Backing up');
    const manifest = await writeBackup(database.ownerUrl, target, (done, total) => bar.update(done, total));
    bar.stop();
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(`✓ Backup written to ${target}: ${manifest.tables.length} tables, ${rows} rows, schema ${manifest.migrations.at(-1)}.`);
  });
}

export async function restoreCommand(file: string) {
  const config = loadConfig();
  if (!fs.existsSync(file)) fail(`No such file: ${file}`);
  if (!config.databaseUrl && readLiveLock(config.dataDir)) fail('The platform is running on this data directory; stop it before restoring.');
  await withDatabase(
    async ({ database }) => {
      const bar = progressBar('Restoring');
      try {
        const manifest = await restoreBackup(database.ownerDb, database.ownerUrl, file, (done, total) => bar.update(done, total));
        bar.stop();
        const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
        console.log(`✓ Restored ${rows} rows in ${manifest.tables.length} tables from a backup of ${manifest.createdAt}.`);
      } catch (error) {
        bar.stop();
        if (error instanceof RestoreRefused) fail(error.message);
        throw error;
      }
      const chain = await verifyAuditChain({ db: database.ownerDb });
      console.log(chain.ok ? `✓ Audit chain intact (${chain.checked} events).` : `✗ Audit chain broken at event #${chain.firstBroken?.seq}.`);
    },
    { migrate: false },
  );
}
