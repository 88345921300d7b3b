/* global performance, setTimeout -- Node scripts */
// Load from this process on a server on loopback: `users` virtual users, each sending its next request as soon as
// the last one is answered, for a warm-up and then a measured time. Every latency of the measured time is kept,
// so percentiles are exact; a request answered with a status other than the expected one counts as an error.
import { Pool } from 'undici';

/**
 * Runs the load and returns requests per second, p50 and p95 in milliseconds, and the number of errors.
 * `nextRequest(user, n)` gives the n-th request of a user: { method, path, headers?, body?, expect? }.
 */
export async function runLoad({ origin, users, warmUpMs = 3_000, measureMs = 10_000, nextRequest }) {
  const pool = new Pool(origin, { connections: users, pipelining: 1 });
  const latencies = [];
  let errors = 0;
  let firstError = null;
  let measuring = false;
  let stopped = false;
  const user = async (index) => {
    for (let n = 0; !stopped; n++) {
      const request = nextRequest(index, n);
      const started = performance.now();
      const response = await pool.request({
        method: request.method ?? 'GET',
        path: request.path,
        headers: request.headers,
        body: request.body,
      });
      const text = await response.body.text();
      const elapsed = performance.now() - started;
      if (!measuring || stopped) continue;
      latencies.push(elapsed);
      if (response.statusCode !== (request.expect ?? 200)) {
        errors += 1;
        firstError ??= `${request.method ?? 'GET'} ${request.path}: ${response.statusCode} ${text.slice(0, 300)}`;
      }
    }
  };
  const running = Array.from({ length: users }, (_, index) => user(index));
  await new Promise((resolve) => setTimeout(resolve, warmUpMs));
  measuring = true;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, measureMs));
  stopped = true;
  const elapsedSeconds = (performance.now() - started) / 1000;
  await Promise.all(running);
  await pool.close();
  latencies.sort((a, b) => a - b);
  const percentile = (p) =>
    latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsedSeconds,
    p50: percentile(50),
    p95: percentile(95),
    errors,
    firstError,
  };
}
