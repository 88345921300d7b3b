import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace';

/**
 * A span as exported, without its status message: an instrumentation sets it to the error's message, and a
 * database's message can quote a value ('invalid input syntax for type date: "…"'). The status code stays, and the
 * pg instrumentation's exception events name only the error's type and code.
 */
function withoutStatusMessage(span: ReadableSpan): ReadableSpan {
  if (span.status.message === undefined) return span;
  // Everything else is read through to the span as it ended; only the status is its own.
  const copy = Object.create(span) as ReadableSpan;
  Object.defineProperty(copy, 'status', { value: { code: span.status.code } });
  return copy;
}

/** Hands spans on to `exporter` with nothing that could carry a value a person typed or a row held. */
export class WithoutValues implements SpanExporter {
  constructor(private readonly exporter: SpanExporter) {}

  export(spans: ReadableSpan[], resultCallback: Parameters<SpanExporter['export']>[1]): void {
    this.exporter.export(spans.map(withoutStatusMessage), resultCallback);
  }

  shutdown(): Promise<void> {
    return this.exporter.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.exporter.forceFlush?.() ?? Promise.resolve();
  }
}
