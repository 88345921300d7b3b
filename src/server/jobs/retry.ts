/** How often a failing job is tried, and how long to wait before each new try. */
export interface RetryPolicy {
  /** Runs in all, the first included; a job failing this often is marked failed and left alone. */
  maxAttempts: number;
  /** The wait after the given number of failed runs. */
  delaySeconds(failures: number): number;
}

const maxDelaySeconds = 6 * 60 * 60;

/**
 * Doubling from a minute (1, 2, 4, 8, 16): a fault that clears (a database restarting, a lock held by a long
 * transaction) is retried soon; one that does not is given up after about half an hour instead of being tried for
 * ever, and the failed job stays in the table with its last error for an operator to see.
 */
export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 6,
  delaySeconds: (failures) => Math.min(60 * 2 ** (failures - 1), maxDelaySeconds),
};
