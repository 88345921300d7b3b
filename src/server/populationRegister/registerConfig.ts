import { seedDemo } from '../configuration/databaseSettings.js';
import { refused } from '../configuration/refusals.js';
import {
  flag,
  oneOf,
  secureAddress,
  settingsArea,
  text,
  variable,
  wholeNumber,
} from '../configuration/variables.js';
import { demoRegister } from './demoRegister.js';
import { httpRegister, type HttpRegisterSettings } from './httpRegister.js';
import type { PopulationRegister } from './populationRegister.js';

/** Which population register the new-SIP page's look-up asks, if any. */
export type PopulationRegisterConfig =
  { kind: 'none' } | { kind: 'demo' } | ({ kind: 'http' } & HttpRegisterSettings);

/**
 * POPULATION_REGISTER: `http` for the county's integration, `demo` for the demo's fictional persons, `none` to type
 * name and address by hand. Unset, it follows the demo: on with SEED_DEMO (the default), else off.
 */
export const populationRegisterSettings = settingsArea(
  {
    POPULATION_REGISTER: variable(oneOf(['none', 'demo', 'http']), null, {
      fallback: (env) => (flag(env.SEED_DEMO?.trim() || 'true') === true ? 'demo' : 'none'),
    }),
    // Identity numbers, names and addresses cross the network: only a register on this machine may use plain http.
    POPULATION_REGISTER_URL: variable(
      secureAddress('https://integration.region.se/folkbokforing/person'),
      null,
    ),
    POPULATION_REGISTER_TOKEN: variable(text, null, { secret: 'value' }),
    POPULATION_REGISTER_TIMEOUT_MS: variable(wholeNumber(100, 60_000), 3000),
    SEED_DEMO: seedDemo,
  },
  (values, refuse): PopulationRegisterConfig => {
    const kind = values.POPULATION_REGISTER ?? (values.SEED_DEMO ? 'demo' : 'none');
    if (kind !== 'http') return { kind };
    if (!values.POPULATION_REGISTER_URL)
      return refuse(
        'POPULATION_REGISTER_URL',
        refused.requiredWithSetting({ setting: 'POPULATION_REGISTER=http' }),
      );
    return {
      kind,
      url: values.POPULATION_REGISTER_URL.href,
      token: values.POPULATION_REGISTER_TOKEN,
      timeoutMs: values.POPULATION_REGISTER_TIMEOUT_MS,
    };
  },
);

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
