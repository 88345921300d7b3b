import { Counter, Histogram, Registry } from 'prom-client';

/**
 * The measurements every part of the server records as it works, whether or not the metrics listener is on: one
 * registry per process, which the listener (listener.ts) serves together with what it reads at scrape time. Labels
 * are closed sets — a route's pattern, a method, a status class, a job's kind — never ids or anything a person typed.
 */
export const processMetrics = new Registry();

export const httpRequestDuration = new Histogram({
  name: 'samplan_http_request_duration_seconds',
  help: "Time from a request's arrival to its answer, by route pattern, method and status class",
  labelNames: ['route', 'method', 'status_class'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [processMetrics],
});

export const httpRequestErrors = new Counter({
  name: 'samplan_http_request_errors_total',
  help: 'Requests answered 4xx (refused) or 5xx (failed), by route pattern, method and status class',
  labelNames: ['route', 'method', 'status_class'] as const,
  registers: [processMetrics],
});

export const jobFailures = new Counter({
  name: 'samplan_job_failures_total',
  help: "Failed job runs by kind; outcome 'retry' will run again, 'failed' was the last attempt",
  labelNames: ['kind', 'outcome'] as const,
  registers: [processMetrics],
});

export const mailDeliveryFailures = new Counter({
  name: 'samplan_mail_delivery_failures_total',
  help: "Failed attempts to send an outbox message (email or SMS); outcome 'retry' or 'failed' (given up)",
  labelNames: ['channel', 'outcome'] as const,
  registers: [processMetrics],
});

export const accessLogAppendDuration = new Histogram({
  name: 'samplan_access_log_append_duration_seconds',
  help: "Time to append to the access log's hash chain (one statement, one or more entries)",
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  registers: [processMetrics],
});
