import { SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { WithoutValues } from './withoutValues.js';

describe('spans as exported', () => {
  it('keep their status code, name, ids and attributes, but not the status message', () => {
    const received = new InMemorySpanExporter();
    const provider = new TracerProvider({
      spanProcessors: [new SimpleSpanProcessor({ exporter: new WithoutValues(received) })],
    });
    const tracer = provider.getTracer('test');
    const failed = tracer.startSpan('pg.query:SELECT samplan');
    failed.setAttribute('db.query.text', 'SELECT * FROM persons WHERE born = $1');
    failed.setStatus({
      code: SpanStatusCode.ERROR,
      message: 'invalid input syntax for type date: "1907-11-14"',
    });
    failed.end();
    const fine = tracer.startSpan('request');
    fine.end();

    const [first, second] = received.getFinishedSpans();
    expect(first?.status).toEqual({ code: SpanStatusCode.ERROR });
    expect(first?.name).toBe('pg.query:SELECT samplan');
    expect(first?.spanContext().spanId).toBe(failed.spanContext().spanId);
    expect(first?.attributes['db.query.text']).toBe('SELECT * FROM persons WHERE born = $1');
    expect(second?.status).toEqual({ code: SpanStatusCode.UNSET });
  });
});
