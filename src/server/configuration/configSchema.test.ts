import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { ConfigError } from './configError.js';

/** The problems readConfig names for `env`, each as "VARIABLE english reason". */
function problems(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError)
      return error.problems.map((problem) => `${problem.variable} ${problem.said.en}`);
    throw error;
  }
  return [];
}

describe('the configuration schema', () => {
  it('gives every setting its default when the environment is empty or blank', () => {
    const config = readConfig({ PORT: '  ', SEED_DEMO: '' });
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      seedDemo: true,
      demoHistorySips: 3000,
      cookieSecure: true,
      trustProxy: false,
      logLevel: 'info',
      publicUrl: 'http://localhost:3000',
      smtpUrl: null,
      auditRetentionDays: 3650,
      populationRegister: { kind: 'demo' },
      oidc: null,
      eId: null,
      fhirOAuth: null,
      rivta: null,
      sms: { sender: 'log' },
    });
  });

  it('reads what is set, trimmed', () => {
    expect(
      readConfig({
        PORT: ' 8080 ',
        SEED_DEMO: 'OFF',
        TRUST_PROXY: '10.0.0.1, 10.0.1.0/24',
        LOG_LEVEL: 'DEBUG',
      }),
    ).toMatchObject({
      port: 8080,
      seedDemo: false,
      trustProxy: ['10.0.0.1', '10.0.1.0/24'],
      logLevel: 'debug',
    });
  });

  it('names each wrong variable at once, across areas, with what it must be', () => {
    expect(
      problems({
        PORT: '70000',
        SESSION_HOURS: '1.5',
        COOKIE_SECURE: 'maybe',
        LOG_LEVEL: 'loud',
        POPULATION_REGISTER: 'navet',
        OIDC_ISSUER: 'https://idp.example.se',
      }),
    ).toEqual([
      'PORT must be a whole number from 0 to 65535',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      'COOKIE_SECURE must be true or false (or on/off, yes/no, 1/0)',
      'SESSION_HOURS must be a positive whole number',
      'OIDC_CLIENT_ID is required when OIDC_ISSUER is set',
      'POPULATION_REGISTER must be one of none, demo, http',
    ]);
  });

  it('says each problem in Swedish and English, and a variable two areas share only once', () => {
    const error = (() => {
      try {
        readConfig({ SEED_DEMO: 'kanske', HOST: '' });
      } catch (thrown) {
        return thrown as ConfigError;
      }
    })();
    expect(error?.problems).toEqual([
      {
        variable: 'SEED_DEMO',
        said: {
          sv: 'måste vara true eller false (eller on/off, yes/no, 1/0)',
          en: 'must be true or false (or on/off, yes/no, 1/0)',
        },
      },
    ]);
    expect(error?.message).toContain('  SEED_DEMO måste vara true eller false');
    expect(error?.message).toContain('  SEED_DEMO must be true or false');
  });

  it('never repeats a secret in a refusal', () => {
    const message = (() => {
      try {
        readConfig({
          SMTP_URL: 'http://mailer:hemligt-losen@mail.region.se',
          DATABASE_URL: 'mysql://samplan:hemligt-losen@db',
          OIDC_ISSUER: 'https://idp.example.se',
          OIDC_CLIENT_SECRET: 'hemligt-losen',
        });
      } catch (thrown) {
        return (thrown as Error).message;
      }
    })();
    expect(message).toMatch(/SMTP_URL must be an smtp/);
    expect(message).toMatch(/DATABASE_URL must be a postgres/);
    expect(message).not.toContain('hemligt-losen');
  });
});
