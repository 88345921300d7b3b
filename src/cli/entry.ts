#!/usr/bin/env node
import { tracesWanted } from '../server/telemetry/tracesWanted.js';

// The `samplan` command. Traces, when the OTEL_* variables ask for them, have to be set up before fastify and pg
// are loaded so that they can be hooked; so the command itself is imported only then (decision 0042).
if (tracesWanted(process.env))
  await (await import('../server/telemetry/tracing.js')).startTracing(process.env);
await import('./samplan.js');
