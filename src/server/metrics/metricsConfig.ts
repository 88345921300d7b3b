import { settingsArea, text, variable, wholeNumber } from '../configuration/variables.js';

/** Where the metrics listener listens. */
export interface MetricsConfig {
  host: string;
  port: number;
}

/**
 * METRICS_PORT turns the listener on (off by default); METRICS_HOST says where, loopback unless told otherwise,
 * since the numbers are for the county's monitoring and not for the public (decision 0042).
 */
export const metricsSettings = settingsArea(
  {
    // 0 asks the system for any free port; the "metrics listen" log line says which.
    METRICS_PORT: variable(wholeNumber(0, 65_535), null),
    METRICS_HOST: variable(text, '127.0.0.1'),
  },
  (values): MetricsConfig | null =>
    values.METRICS_PORT === null ? null : { host: values.METRICS_HOST, port: values.METRICS_PORT },
);
