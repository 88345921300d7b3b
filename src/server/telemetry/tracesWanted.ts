const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');

/**
 * Whether the standard OpenTelemetry variables ask for traces: an exporter named in OTEL_TRACES_EXPORTER, or an
 * OTLP endpoint given, unless OTEL_SDK_DISABLED or OTEL_TRACES_EXPORTER=none says otherwise. Without them nothing
 * of OpenTelemetry is loaded at all (decision 0042).
 */
export function tracesWanted(env: NodeJS.ProcessEnv): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporters = list(env.OTEL_TRACES_EXPORTER);
  if (exporters.includes('none')) return false;
  if (exporters.length > 0) return true;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

/** The exporters OTEL_TRACES_EXPORTER names; OTLP when it names none. */
export function tracesExporters(env: NodeJS.ProcessEnv): string[] {
  const exporters = list(env.OTEL_TRACES_EXPORTER);
  return exporters.length > 0 ? exporters : ['otlp'];
}
