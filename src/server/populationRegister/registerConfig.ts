import { loopbackHosts } from '../auth/oidcConfig.js';
import { demoRegister } from './demoRegister.js';
import { httpRegister, type HttpRegisterSettings } from './httpRegister.js';
import type { PopulationRegister } from './populationRegister.js';

/** Which population register the new-SIP page's look-up asks, if any. */
export type PopulationRegisterConfig =
  { kind: 'none' } | { kind: 'demo' } | ({ kind: 'http' } & HttpRegisterSettings);

const kinds = ['none', 'demo', 'http'] as const;

function registerUrl(value: string | undefined): string {
  const text = value?.trim() ?? '';
  if (!URL.canParse(text))
    throw new Error(
      'POPULATION_REGISTER_URL must be set with POPULATION_REGISTER=http, e.g. https://integration.region.se/folkbokforing/person',
    );
  const url = new URL(text);
  // Identity numbers, names and addresses cross the network: only a register on this machine may use plain http.
  const loopback = url.protocol === 'http:' && loopbackHosts.has(url.hostname);
  if (url.protocol !== 'https:' && !loopback)
    throw new Error('POPULATION_REGISTER_URL must use https (plain http only for 127.0.0.1 or localhost)');
  return url.href;
}

function timeoutMs(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 3000;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 100 || parsed > 60_000)
    throw new Error(
      'POPULATION_REGISTER_TIMEOUT_MS must be a whole number of milliseconds from 100 to 60000',
    );
  return parsed;
}

/**
 * POPULATION_REGISTER: `http` for the county's integration, `demo` for the demo's fictional persons, `none` to type
 * name and address by hand. Unset, it follows the demo: on with SEED_DEMO (the default), else off.
 */
export function readPopulationRegisterConfig(
  env: NodeJS.ProcessEnv,
  seedDemo: boolean,
): PopulationRegisterConfig {
  const kind = env.POPULATION_REGISTER?.trim().toLowerCase() || (seedDemo ? 'demo' : 'none');
  if (!(kinds as readonly string[]).includes(kind))
    throw new Error(`POPULATION_REGISTER must be one of ${kinds.join(', ')}`);
  if (kind === 'none') return { kind: 'none' };
  if (kind === 'demo') return { kind: 'demo' };
  return {
    kind: 'http',
    url: registerUrl(env.POPULATION_REGISTER_URL),
    token: env.POPULATION_REGISTER_TOKEN?.trim() || null,
    timeoutMs: timeoutMs(env.POPULATION_REGISTER_TIMEOUT_MS),
  };
}

/** The register the configuration names, or null when name and address are typed by hand. */
export function populationRegisterFrom(config: PopulationRegisterConfig): PopulationRegister | null {
  switch (config.kind) {
    case 'none':
      return null;
    case 'demo':
      return demoRegister;
    case 'http':
      return httpRegister(config);
  }
}
