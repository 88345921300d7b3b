import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../../db/schema.js';
import type { JobHandlers, Sweep } from './job.js';
import { instanceName } from '../instance.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry.js';
import { runNextJob } from './runNextJob.js';
import { jobFailures } from '../metrics/instruments.js';

export interface JobRunnerOptions {
  db: Kysely<DB>;
  handlers: JobHandlers;
  sweeps: readonly Sweep[];
  /** The pause between rounds when there is nothing left to do. */
  intervalMs: number;
  logger: Logger;
  /**
   * The name this instance goes by (instance.ts), recorded on each job it runs and carried by every line the
   * runner logs; start.ts gives the configured one.
   */
  instance?: string;
  retry?: RetryPolicy;
  /** Jobs per round; a full round is followed at once by the next, without the pause. */
  batchSize?: number;
}

export interface JobRunner {
  /** Starts the rounds: now, and then after every pause. */
  start(): void;
  /** One round: every sweep, then due jobs until none is left or the batch is full. Returns the jobs run. */
  runRound(): Promise<number>;
  /** Lets the job in hand finish and starts no other; resolves when the runner is idle. */
  stop(): Promise<void>;
}

/**
 * Every server instance runs one (see start.ts). There is no leader: sweeps are idempotent and each job is claimed
 * by a single instance, so any number of instances share the work, and one alone does all of it.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, handlers, sweeps, intervalMs } = options;
  const retry = options.retry ?? defaultRetryPolicy;
  const batchSize = options.batchSize ?? 100;
  const instance = options.instance ?? instanceName(null);
  // The server's logger names the instance on every line already; any other is made to.
  const logger =
    options.logger.bindings().instance === undefined ? options.logger.child({ instance }) : options.logger;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<number> | undefined;

  async function sweepAll(): Promise<void> {
    const now = new Date();
    for (const sweep of sweeps) {
      if (stopping) return;
      try {
        await sweep(db, now);
      } catch (error) {
        // A failing sweep must not keep already enqueued jobs from running; it is tried again next round.
        logger.error({ err: error, sweep: sweep.name }, 'scheduler sweep failed');
      }
    }
  }

  async function runRound(): Promise<number> {
    await sweepAll();
    let ran = 0;
    while (!stopping && ran < batchSize) {
      const run = await runNextJob(db, handlers, retry, instance);
      if (run.outcome === 'none') break;
      ran += 1;
      if (run.outcome === 'retry' || run.outcome === 'failed')
        jobFailures.inc({ kind: run.job.kind, outcome: run.outcome });
      if (run.outcome === 'done') logger.info({ jobId: run.job.id, kind: run.job.kind }, 'job done');
      if (run.outcome === 'retry')
        logger.warn(
          { err: run.error, jobId: run.job.id, kind: run.job.kind },
          'job failed; it will be retried',
        );
      if (run.outcome === 'failed')
        logger.error(
          { err: run.error, jobId: run.job.id, kind: run.job.kind },
          'job failed for the last time',
        );
    }
    return ran;
  }

  function schedule(delayMs: number): void {
    timer = setTimeout(() => {
      round = runRound().catch((error: unknown) => {
        // Typically the database is unreachable; the job in hand rolled back and is run again later.
        logger.error({ err: error }, 'scheduler round failed');
        return 0;
      });
      void round.then((ran) => {
        round = undefined;
        if (!stopping) schedule(ran >= batchSize ? 0 : intervalMs);
      });
    }, delayMs);
    // The HTTP server keeps the process alive; a pending round alone should not.
    timer.unref();
  }

  return {
    start() {
      stopping = false;
      schedule(0);
    },
    runRound,
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await round;
    },
  };
}
