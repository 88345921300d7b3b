import type { Logger } from 'pino';
import type { DemoHistory } from '../../generate/demoHistory.js';
import { settleDemoHistoryReminders } from './demoHistoryReminders.js';

export interface BackgroundWork {
  /** Ends the work after the batch in hand, with whole cases written; a later start goes on from there. */
  stop(): Promise<void>;
}

/**
 * Writes the demo county's history while the server already answers, so the first start is not held up by it
 * (docs/decisions/0027-demo-history.md). The log says when it begins and when the statistics hold all of it.
 */
export function writeDemoHistoryInBackground(history: DemoHistory, logger: Logger): BackgroundWork {
  let stopping = false;
  const started = Date.now();
  const sips = history.to - history.from;
  logger.info(
    { sips },
    sips > 0
      ? 'demo history: generating SIPs in the background; the statistics show them when it is ready'
      : 'demo history: counting the statistics of SIPs generated before',
  );
  const done = history
    .run({
      stopping: () => stopping,
      // In each batch's own transaction, so the scheduler never finds the history's past due.
      afterBatch: (trx) => settleDemoHistoryReminders(trx, history.unitIds),
    })
    .then(
      (written) => {
        const seconds = Math.round((Date.now() - started) / 100) / 10;
        if (stopping)
          logger.info({ sips: written, seconds }, 'demo history: stopped; the next start goes on');
        else logger.info({ sips: history.to, seconds }, 'demo history ready');
      },
      (error: unknown) => logger.error({ err: error }, 'demo history could not be generated'),
    );
  return {
    async stop() {
      stopping = true;
      await done;
    },
  };
}
