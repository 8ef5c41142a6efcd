import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import path from 'node:path';
import { loadConfig, projectRoot } from '../config.ts';
import { loadPlanRecords, readRecordFiles } from '../modules/plans/plans.records.ts';
import { loadMeetingRecords, readMeetingRecordFiles } from '../modules/meetings/meetings.records.ts';
import { DataChanges } from '../db/data-changes.ts';
import { openDatabase, type OpenDatabase } from '../db/runtime.ts';
import { loadDemoData } from '../modules/demo/demo.usecases.ts';
import { loadDemoWork } from '../modules/demo/demo.work.ts';
import { loadDemoGovernance } from '../modules/demo/demo.governance.ts';
import { loadDemoIndicators } from '../modules/demo/demo.indicators.ts';
import { loadDemoRisks } from '../modules/demo/demo.risks.ts';
import { loadDemoCompositeIndex } from '../modules/demo/demo.composite-index.ts';
import { loadRegion, readRegionFile } from '../modules/region/region.usecases.ts';
import { ensureFirstAdmin } from '../modules/users/users.bootstrap.ts';
import { systemActor } from '../shared/principal.ts';
import { systemClock } from '../shared/clock.ts';
import { jobHandlers, schedules } from '../job-handlers.ts';
import { JobWorker } from '../modules/jobs/jobs.worker.ts';
import { closeMailTransports } from '../modules/notifications/notifications.email.ts';
import { configSecrets, maskSecrets, urlSecrets } from '../shared/secrets.ts';
import { ensureWebBuild } from './web-build.ts';

/** Every secret this process knows (configuration, embedded PostgreSQL logins): masked in whatever it prints or logs. */
const secrets: string[] = [];

function say(message: string) {
  console.log(maskSecrets(message, secrets));
}

export async function startServer(options: { webBuild: boolean }): Promise<void> {
  const config = loadConfig();
  secrets.push(...configSecrets(config));
  if (options.webBuild) await ensureWebBuild({ ifStale: true });
  // Filled in as start-up proceeds; the signal handler stops whatever exists.
  const running: { database?: OpenDatabase; app?: FastifyInstance; worker?: JobWorker; dataChanges?: DataChanges } = {};
  let stopping = false;

  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) {
      say(`${signal} again: exiting now.`);
      process.exit(1);
    }
    stopping = true;
    if (exitCode === 0) say(`${signal} received: finishing the running job and open requests, then stopping PostgreSQL…`);
    try {
      await running.worker?.stop();
      closeMailTransports();
      await running.app?.close();
      await running.dataChanges?.stop();
      await running.database?.close();
      say(exitCode === 0 ? 'Stopped cleanly.' : `Stopped; exiting with status ${exitCode}.`);
      process.exit(exitCode);
    } catch (error) {
      console.error('Shutdown failed:', error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const database = await openDatabase(config, {
    log: (m) => say(`· ${m}`),
    allowAttach: false,
    // The embedded PostgreSQL is restarted when it dies; a crash loop ends the process, for a process supervisor to act.
    supervise: {
      onGiveUp: (message) => {
        console.error(maskSecrets(`✗ ${message}\nThe platform cannot work without its database: exiting so that a process supervisor can take over.`, secrets));
        void shutdown('PostgreSQL crash loop', 1);
      },
    },
  });
  running.database = database;
  secrets.push(...urlSecrets(database.ownerUrl), ...urlSecrets(database.listenUrl));
  const dataChanges = new DataChanges({ db: database.appDb, log: (m) => say(`· ${m}`) });
  running.dataChanges = dataChanges;
  let admin: Awaited<ReturnType<typeof ensureFirstAdmin>>;
  try {
    if (database.appliedNow.length > 0) say(`· Migrations applied: ${database.appliedNow.join(', ')}`);
    const deps = { db: database.appDb, clock: systemClock, config, dataChanges };

    const regionFile = readRegionFile(config.regionFile);
    const region = await loadRegion({ ...deps, actor: systemActor('reference-data') }, regionFile);
    say(`· Reference data ${regionFile.region.nameEn} ${regionFile.region.dataVersion}: ${region.changed ? 'loaded' : 'unchanged'}`);

    for (const { records } of readRecordFiles(path.join(projectRoot, 'data', 'records'))) {
      const created = await loadPlanRecords({ ...deps, actor: systemActor('source-records') }, records);
      if (created > 0) say(`· Records from "${records.source}": ${created} plan(s) loaded`);
    }
    // Meetings after every plan: their decisions link to the plans they adopted.
    for (const { records } of readMeetingRecordFiles(path.join(projectRoot, 'data', 'records'))) {
      const created = await loadMeetingRecords({ ...deps, actor: systemActor('source-records') }, records);
      if (created > 0) say(`· Records from "${records.source}": ${created} meeting(s) loaded`);
    }

    admin = await ensureFirstAdmin(deps);
    if (config.loadDemoData) {
      const demo = await loadDemoData(deps);
      if (demo.loaded) say(`· Demo data loaded (${demo.accounts} demo accounts, marked as demo)`);
      const work = await loadDemoWork(deps);
      if (work.loaded) say(`· Demo work loaded (${work.tasks} demo tasks with member shares, ${work.reports} demo reports, marked as demo)`);
      const governance = await loadDemoGovernance(deps);
      if (governance.loaded) say(`· Demo governance loaded (${governance.meetings} meetings, ${governance.matters} major matters, ${governance.agreements} agreements, marked as demo)`);
      const indicators = await loadDemoIndicators(deps);
      if (indicators.loaded) say(`· Demo indicators loaded (${indicators.indicators} indicators, ${indicators.observations} observations, invented values marked as demo)`);
      // The demo risks' triggers name demo indicators: attached now that those exist (idempotent, its own flag).
      await loadDemoRisks(deps);
      const index = await loadDemoCompositeIndex(deps);
      if (index.loaded) say(`· Demo integration index published (${index.indicators} demo indicators, ${index.values} values, marked as demo)`);
    }

    if (config.sessionCacheEntries > 0) {
      // Without change notices (e.g. a connection pooler that drops LISTEN) the session cache asks the database's generation instead.
      await dataChanges.listen(database.listenUrl).catch((error: Error) => say(`· No PostgreSQL change notices yet (${error.message}): kept sessions are checked against the database's generation`));
    }
    running.app = await buildApp(deps, { logger: { level: config.logLevel }, secrets });
    await running.app.listen({ host: config.host, port: config.port });
  } catch (error) {
    // Never leave the embedded PostgreSQL running behind a failed start.
    await running.app?.close().catch(() => undefined);
    await dataChanges.stop().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
  // The job queue: supervision scans, reminders (e-mail, webhooks) and housekeeping. YRD_WORKER=off leaves it to other instances.
  if (config.worker && !stopping) {
    running.worker = new JobWorker({ db: database.appDb, clock: systemClock, config, dataChanges }, jobHandlers, schedules, { log: running.app.log, secrets });
    running.worker.start();
  }
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  say('');
  say(`YRD Cooperation Platform is running on ${url}  (API docs: ${url}/api/docs)`);
  if (admin) {
    say('');
    say('┌──────────────────────────────────────────────────────────────┐');
    say('│ First administrator created. This password is shown ONCE.    │');
    say(`│   username: ${admin.username.padEnd(49)}│`);
    say(`│   one-time password: ${admin.oneTimePassword.padEnd(40)}│`);
    say('│ You must choose a new password at first sign-in.             │');
    say('│ Lost it? npx yrd reset-password admin                        │');
    say('└──────────────────────────────────────────────────────────────┘');
  }
  say('Press Ctrl-C to stop.');
}
