/** Where the metrics listener listens; null (the default) leaves it off. */
export interface MetricsConfig {
  host: string;
  port: number;
}

/**
 * METRICS_PORT turns the listener on; METRICS_HOST says where, loopback unless told otherwise, since the numbers
 * are for the county's monitoring and not for the public. Throws naming the variable when it is wrong.
 */
export function readMetricsConfig(env: NodeJS.ProcessEnv): MetricsConfig | null {
  const port = env.METRICS_PORT?.trim();
  if (!port) return null;
  if (!/^\d+$/.test(port) || Number(port) > 65_535)
    throw new Error(`METRICS_PORT must be a port number (0–65535), not "${port}"`);
  return { host: env.METRICS_HOST?.trim() || '127.0.0.1', port: Number(port) };
}
