import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';

describe('the population register’s configuration', () => {
  it('follows the demo when not set: the demo register with SEED_DEMO, none without', () => {
    expect(readConfig({}).populationRegister).toEqual({ kind: 'demo' });
    expect(readConfig({ SEED_DEMO: 'false' }).populationRegister).toEqual({ kind: 'none' });
    expect(readConfig({ POPULATION_REGISTER: 'none' }).populationRegister).toEqual({ kind: 'none' });
  });

  it('reads the county’s integration with its token and timeout', () => {
    expect(
      readConfig({
        SEED_DEMO: 'false',
        POPULATION_REGISTER: 'http',
        POPULATION_REGISTER_URL: 'https://integration.region.se/folkbokforing/person',
        POPULATION_REGISTER_TOKEN: ' secret ',
        POPULATION_REGISTER_TIMEOUT_MS: '2500',
      }).populationRegister,
    ).toEqual({
      kind: 'http',
      url: 'https://integration.region.se/folkbokforing/person',
      token: 'secret',
      timeoutMs: 2500,
    });
    expect(
      readConfig({ POPULATION_REGISTER: 'http', POPULATION_REGISTER_URL: 'http://127.0.0.1:8080/person' })
        .populationRegister,
    ).toEqual({ kind: 'http', url: 'http://127.0.0.1:8080/person', token: null, timeoutMs: 3000 });
  });

  it('refuses at start what would fail at the first look-up', () => {
    expect(() => readConfig({ POPULATION_REGISTER: 'navet' })).toThrow(/POPULATION_REGISTER must be one of/);
    expect(() => readConfig({ POPULATION_REGISTER: 'http' })).toThrow(/POPULATION_REGISTER_URL must be set/);
    expect(() =>
      readConfig({ POPULATION_REGISTER: 'http', POPULATION_REGISTER_URL: 'http://integration.region.se/p' }),
    ).toThrow(/must use https/);
    expect(() =>
      readConfig({
        POPULATION_REGISTER: 'http',
        POPULATION_REGISTER_URL: 'https://integration.region.se/p',
        POPULATION_REGISTER_TIMEOUT_MS: '3s',
      }),
    ).toThrow(/POPULATION_REGISTER_TIMEOUT_MS/);
  });
});
