#!/usr/bin/env node
import { tracesSettings } from '../server/telemetry/tracesConfig.js';

// The `samplan` command. Traces, when the OTEL_* variables ask for them, have to be set up before fastify and pg
// are loaded so that they can be hooked; so the command itself is imported only then (decision 0042). A wrong
// value is named, with the rest of the configuration, when the command reads it.
const telemetry = tracesSettings.safeParse(process.env);
if (telemetry.success && telemetry.data)
  await (await import('../server/telemetry/tracing.js')).startTracing(telemetry.data);
await import('./samplan.js');
