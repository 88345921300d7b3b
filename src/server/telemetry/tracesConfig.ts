import { refused } from '../configuration/refusals.js';
import { address, flag, list, oneOf, settingsArea, text, variable } from '../configuration/variables.js';

const protocols = ['http/protobuf', 'http/json', 'grpc'] as const;

/** How traces leave; the exporter itself reads the endpoint and headers from the same variables. */
export interface TracesConfig {
  protocol: (typeof protocols)[number];
  serviceName: string;
}

const collector = () =>
  variable(address(['http:', 'https:'], refused.httpAddress({ example: 'http://collector:4318' })), null);

/**
 * The standard OpenTelemetry variables Samplan honours. Traces are on when OTEL_TRACES_EXPORTER names `otlp` or an
 * OTLP endpoint is given, unless OTEL_SDK_DISABLED or OTEL_TRACES_EXPORTER=none; otherwise nothing of
 * OpenTelemetry is loaded (decision 0042). Read before anything else by the command's entry, so it imports only
 * the configuration's own modules.
 */
export const tracesSettings = settingsArea(
  {
    OTEL_SDK_DISABLED: variable(flag, false),
    // Only OTLP: traces go to a collector, which can pass them on to anything else.
    OTEL_TRACES_EXPORTER: variable(list(',', oneOf(['otlp', 'none'])), null),
    OTEL_EXPORTER_OTLP_ENDPOINT: collector(),
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: collector(),
    OTEL_EXPORTER_OTLP_PROTOCOL: variable(oneOf(protocols), 'http/protobuf'),
    OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: variable(oneOf(protocols), null, {
      fallback: (env) => env.OTEL_EXPORTER_OTLP_PROTOCOL?.trim() || 'http/protobuf',
    }),
    // Often an API key of the tracing service.
    OTEL_EXPORTER_OTLP_HEADERS: variable(text, null, { secret: 'value' }),
    OTEL_SERVICE_NAME: variable(text, 'samplan'),
  },
  (values): TracesConfig | null => {
    const exporters = values.OTEL_TRACES_EXPORTER ?? [];
    const wanted =
      !values.OTEL_SDK_DISABLED &&
      !exporters.includes('none') &&
      (exporters.includes('otlp') ||
        values.OTEL_EXPORTER_OTLP_ENDPOINT !== null ||
        values.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT !== null);
    if (!wanted) return null;
    return {
      protocol: values.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? values.OTEL_EXPORTER_OTLP_PROTOCOL,
      serviceName: values.OTEL_SERVICE_NAME,
    };
  },
);
