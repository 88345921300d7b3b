import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { openDatabase, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { seedDemoCounty } from '../db/seed/seedDemo.js';
import { prepareDemoHistory, type DemoHistory } from '../generate/demoHistory.js';
import { buildApp } from './app.js';
import type { InstanceLife } from './instanceLife.js';
import { listenForBackupRequests } from './backup/controlSocket.js';
import { jobHandlers, sweeps } from './jobs/registry.js';
import { createJobRunner } from './jobs/runner.js';
import { startMailDelivery } from './mail/delivery.js';
import { listenMetrics } from './metrics/listener.js';
import { listenRivtaTls } from './rivta/tlsListener.js';
import {
  scheduledBackupHandler,
  scheduledBackupJobKind,
  scheduledBackupSweep,
} from './scheduledBackups/scheduledBackupJob.js';
import { seedDemoCases } from './seed/demoCases.js';
import { writeDemoHistoryInBackground } from './seed/demoHistoryJob.js';
import type { Config } from './config.js';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/**
 * Opens the database and listens at once, then brings the schema up to date, seeds the demo county when asked and
 * empty, and only then is ready for traffic (instanceLife.ts): liveness answers throughout, so an orchestrator
 * does not kill an instance that is migrating or waiting for another's migration, and readiness says 503 until
 * the instance can serve. The demo county's generated history is then written in the background.
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const database = await openDatabase(config.database);
  const life: InstanceLife = { phase: 'starting' };
  // Closed again if the start fails after it listens.
  let built: FastifyInstance | undefined;
  try {
    const app = await buildApp({ database, config, life }, logger);
    built = app;
    const address = await app.listen({ host: config.host, port: config.port });
    logger.info({ url: address }, 'listening; the database is brought up to date before traffic is taken');
    // Instances starting together wait here, on the migration lock, for the one that migrates.
    const applied = await migrate(database);
    if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
    let history: DemoHistory | null = null;
    if (config.seedDemo) {
      const county = await seedDemoCounty(database.db);
      if (county) {
        await seedDemoCases(database.db, county);
        logger.info('demo county seeded');
      }
      // Its units and case numbers now, before anyone can register a SIP; its cases once the server answers.
      history = await prepareDemoHistory(database.db, { county, sips: config.demoHistorySips });
    }
    life.phase = 'serving';
    // GetCarePlans on a listener of its own, when Samplan checks the platform's client certificate itself.
    const rivtaTls =
      config.rivta?.clientCheck.kind === 'tls' ? await listenRivtaTls(app, config.rivta.clientCheck) : null;
    if (rivtaTls) logger.info({ url: rivtaTls.url }, 'GetCarePlans listens with mutual TLS');
    // Prometheus metrics on a listener of their own, off unless configured (decision 0042).
    const metrics = config.metrics ? await listenMetrics(config.metrics, database, logger) : null;
    if (metrics) logger.info({ url: metrics.url }, 'Prometheus metrics are served');
    // Every instance runs the scheduler unless told not to; the jobs table sees that each job runs once.
    const scheduler = config.scheduler
      ? createJobRunner({
          db: database.db,
          // The scheduled backup writes through the database itself, so it joins the handlers here, where that is open.
          handlers: new Map([
            ...jobHandlers,
            [scheduledBackupJobKind, scheduledBackupHandler(database, config.backupDirectory, logger)],
          ]),
          sweeps: [...sweeps, scheduledBackupSweep],
          intervalMs: config.schedulerIntervalSeconds * 1000,
          logger,
          instance: config.instance,
        })
      : null;
    scheduler?.start();
    // Every instance delivers mail; the outbox claim keeps two from sending the same one.
    const mailDelivery = startMailDelivery(database.db, config, logger);
    const historyWork = history ? writeDemoHistoryInBackground(history, logger) : null;
    const backupRequests = await listenForBackupRequests(database, config.database, logger);
    return {
      app,
      database,
      url: address,
      async stop() {
        // Stop accepting and let what is in hand finish — requests, the running job, a mail being sent — while
        // the database is still open; new requests on open connections are answered 503 (instanceLife.ts), idle
        // connections are closed. Whatever has not finished within the grace is cut: a transaction cut short
        // rolls back, so nothing acknowledged is lost.
        const finished = Promise.all([
          app.close(),
          rivtaTls?.close(),
          metrics?.close(),
          scheduler?.stop(),
          mailDelivery.stop(),
          historyWork?.stop(),
          backupRequests?.close(),
        ]);
        const graceMs = config.shutdownGraceSeconds * 1000;
        let timer: NodeJS.Timeout | undefined;
        const graceOver = new Promise<'grace_over'>((resolve) => {
          timer = setTimeout(() => resolve('grace_over'), graceMs);
        });
        if ((await Promise.race([finished, graceOver])) === 'grace_over') {
          logger.warn(
            { graceSeconds: config.shutdownGraceSeconds },
            'stopping: grace over, cutting the rest',
          );
          app.server.closeAllConnections();
        }
        clearTimeout(timer);
        await database.close().catch((error: unknown) => logger.warn({ err: error }, 'closing the database'));
      },
    };
  } catch (error) {
    await built?.close();
    await database.close();
    throw error;
  }
}
