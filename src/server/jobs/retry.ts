/** How often a failing job is tried, and how long to wait before each new try. */
export interface RetryPolicy {
  /** Runs in all, the first included; a job failing this often is marked failed and left alone. */
  maxAttempts: number;
  /** The wait after the given number of failed runs. */
  delaySeconds(failures: number): number;
}

const maxDelaySeconds = 6 * 60 * 60;

/**
 * Doubling from a minute: a fault that clears (a mail server restarting, a lock held by a long transaction) is
 * retried soon, one that does not stops after about an hour of tries instead of loading the database for ever.
 */
export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 6,
  delaySeconds: (failures) => Math.min(60 * 2 ** (failures - 1), maxDelaySeconds),
};
