import { describe, expect, it } from 'vitest';
import { declaredVariables, resolvedSettings } from './resolvedSettings.js';

const settingOf = (env: Record<string, string>, name: string) =>
  resolvedSettings(env).find((setting) => setting.name === name);

describe('the resolved settings', () => {
  it('list every declared variable once, with its value from the environment or its default', () => {
    const settings = resolvedSettings({ PORT: ' 8080 ' });
    const names = settings.map((setting) => setting.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(declaredVariables().map((variable) => variable.name));
    expect(settingOf({ PORT: ' 8080 ' }, 'PORT')).toEqual({
      name: 'PORT',
      shown: '8080',
      source: 'environment',
    });
    expect(settingOf({}, 'PORT')).toEqual({ name: 'PORT', shown: '3000', source: 'default' });
    expect(settingOf({}, 'SMTP_URL')).toEqual({ name: 'SMTP_URL', shown: null, source: 'default' });
  });

  it('show a default that follows another variable as it follows it', () => {
    expect(settingOf({}, 'POPULATION_REGISTER')?.shown).toBe('demo');
    expect(settingOf({ SEED_DEMO: 'false' }, 'POPULATION_REGISTER')?.shown).toBe('none');
    expect(settingOf({ HOST: '0.0.0.0' }, 'RIVTA_TLS_HOST')?.shown).toBe('0.0.0.0');
  });

  it('hide every secret, saying only that it is set', () => {
    const env = {
      OIDC_CLIENT_SECRET: 'hemlighet-1',
      PUBLIC_OIDC_CLIENT_SECRET: 'hemlighet-2',
      SMS_HTTP_TOKEN: 'hemlighet-3',
      POPULATION_REGISTER_TOKEN: 'hemlighet-4',
    };
    for (const name of Object.keys(env))
      expect(settingOf(env, name)).toEqual({ name, shown: { hidden: true }, source: 'environment' });
  });

  it('show an address without its password, and a would-be address that cannot be read not at all', () => {
    const env = {
      DATABASE_URL: 'postgres://samplan:hemlighet-5@db.region.se:5432/samplan',
      SMTP_URL: 'smtps://mailer:hemlighet-6@mail.region.se:465',
      SMS_HTTP_URL: 'https://sms.region.se/send?token=hemlighet-7&from=Samplan',
    };
    expect(settingOf(env, 'DATABASE_URL')?.shown).toBe('postgres://samplan:***@db.region.se:5432/samplan');
    expect(settingOf(env, 'SMTP_URL')?.shown).toBe('smtps://mailer:***@mail.region.se:465');
    expect(settingOf(env, 'SMS_HTTP_URL')?.shown).toBe('https://sms.region.se/send?token=***&from=Samplan');
    expect(settingOf({ DATABASE_URL: 'host=db password=hemlighet-8' }, 'DATABASE_URL')?.shown).toEqual({
      hidden: true,
    });
    expect(settingOf({ PUBLIC_URL: 'https://samplan.region.se' }, 'PUBLIC_URL')?.shown).toBe(
      'https://samplan.region.se',
    );
  });
});
