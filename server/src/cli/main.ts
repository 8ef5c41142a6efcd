/**
 * `npx yrd <command>`: the platform's command line. Each command opens the
 * database itself; while a server runs on the same data dir, commands attach to
 * its PostgreSQL instead of starting another.
 */
import { Command, Option } from 'commander';
import { loadConfig } from '../config.ts';
import { printableConfig } from '../shared/secrets.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { readRegionFile, loadRegion } from '../modules/region/region.usecases.ts';
import { systemActor } from '../shared/principal.ts';
import { auditVerifyCommand } from './audit-verify.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { CliError, withDatabase } from './context.ts';
import { startServer } from './start.ts';
import { openApiCommand } from './openapi.ts';
import { createUserCommand, resetPasswordCommand } from './users.ts';
import { ensureWebBuild } from './web-build.ts';

const program = new Command('yrd').description('YRD Cooperation Platform').showHelpAfterError();

program
  .command('start')
  .description('Start the platform: database, migrations, reference data, API and web UI')
  .option('--no-web-build', 'do not build the web UI when its sources changed')
  .action(async (options: { webBuild: boolean }) => startServer(options));

program
  .command('migrate')
  .description('Apply pending database migrations')
  .action(() =>
    withDatabase(async ({ database }) => {
      const applied = await migrateToLatest(database.ownerDb);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    }, { migrate: false }),
  );

program
  .command('load-region')
  .description('Load (or update) reference data from a region data file')
  .argument('[file]', 'region data file', undefined)
  .action((file: string | undefined) =>
    withDatabase(async ({ deps, config }) => {
      const region = readRegionFile(file ?? config.regionFile);
      const result = await loadRegion({ ...deps, actor: systemActor('cli') }, region);
      console.log(result.changed ? `Loaded ${region.region.nameEn} ${region.region.dataVersion}.` : 'Unchanged.');
    }),
  );

program
  .command('create-user')
  .description('Create a user and print a one-time password')
  .requiredOption('-u, --username <username>')
  .requiredOption('-n, --name <displayName>')
  .option('-e, --email <email>')
  .addOption(new Option('-l, --locale <locale>').choices(['zh-CN', 'en']).default('zh-CN'))
  .option('-r, --role <role...>', 'role, or role:memberCode for liaison/editor (e.g. office, liaison:320000)')
  .action(createUserCommand);

program
  .command('reset-password')
  .description('Issue a new one-time password for a user (ends their sessions, lifts lockout)')
  .argument('<username>')
  .action(resetPasswordCommand);

program
  .command('audit')
  .description('Audit trail tools')
  .command('verify')
  .description('Verify the SHA-256 chain of audit events; names the first broken event')
  .action(auditVerifyCommand);

program
  .command('backup')
  .description('Write a consistent backup of every record to a file')
  .argument('[file]', 'output file (default: var/backups/yrd-<time>.yrdbak)')
  .action(backupCommand);

program
  .command('restore')
  .description('Restore a backup into an empty database (e.g. a new data dir)')
  .argument('<file>')
  .action(restoreCommand);

program
  .command('build-web')
  .description('Build the web UI into web/dist')
  .option('--if-stale', 'only when its sources changed')
  .action((options: { ifStale?: boolean }) => ensureWebBuild({ ifStale: Boolean(options.ifStale) }));

program
  .command('openapi')
  .description('Write the OpenAPI document (no database needed): to stdout, to --out FILE, and/or the web UI\'s types (--types)')
  .option('--out <file>', 'write the JSON document to this file')
  .option('--types', `regenerate the web UI's API types`)
  .action(openApiCommand);

program
  .command('config')
  .description('Print the effective configuration (no secrets)')
  .action(() => {
    const config = loadConfig();
    console.log(JSON.stringify(printableConfig(config), null, 2));
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof CliError) && process.env.YRD_DEBUG) console.error(error);
  process.exitCode = 1;
}
