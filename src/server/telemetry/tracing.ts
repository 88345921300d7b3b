import { register } from 'node:module';
import { FastifyOtelInstrumentation } from '@fastify/otel';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import type { SpanExporter } from '@opentelemetry/sdk-trace';
import { createAddHookMessageChannel } from 'import-in-the-middle';
import type { TracesConfig } from './tracesConfig.js';
import { WithoutValues } from './withoutValues.js';

/** The OTLP exporter for the protocol configured; each reads its endpoint and headers from the variables itself. */
async function otlpExporter(protocol: TracesConfig['protocol']): Promise<SpanExporter> {
  switch (protocol) {
    case 'http/protobuf':
      return new (await import('@opentelemetry/exporter-trace-otlp-proto')).OTLPTraceExporter();
    case 'http/json':
      return new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
    case 'grpc':
      return new (await import('@opentelemetry/exporter-trace-otlp-grpc')).OTLPTraceExporter();
  }
}

/**
 * Starts tracing fastify's requests and pg's queries, exported by OTLP as the standard OTEL_* variables say.
 * Must run before fastify and pg are imported (the command's entry sees to it): pg is hooked as it loads, through
 * import-in-the-middle's loader hook registered here. Fastify is hooked when an instance is created, through its
 * diagnostics channel.
 *
 * No personal data leaves in a span: queries are recorded as their parameterised text, never their values
 * (enhancedDatabaseReporting stays off); a request's path is recorded without its query string, which can hold
 * search words; exceptions are not recorded and status messages are left out (withoutValues.ts).
 */
export async function startTracing(config: TracesConfig): Promise<void> {
  const exporter = await otlpExporter(config.protocol);
  const { registerOptions, waitForAllMessagesAcknowledged } = createAddHookMessageChannel();
  register('import-in-the-middle/hook.mjs', import.meta.url, registerOptions);
  const sdk = new NodeSDK({
    serviceName: config.serviceName,
    traceExporter: new WithoutValues(exporter),
    // Traces only: metrics are Prometheus' (METRICS_PORT), logs stay pino's JSON on standard output.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
      new FastifyOtelInstrumentation({
        registerOnInitialization: true,
        recordExceptions: false,
        // The span starts with the address as asked for; keep its path only.
        requestHook: (span, request) => span.setAttribute('url.path', request.url.split('?')[0] ?? ''),
      }),
    ],
  });
  sdk.start();
  // The loader learns which modules to hook by message; pg must not be imported before it has.
  await waitForAllMessagesAcknowledged();
}
