import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, serveEmbedded } from '../support/cli.js';

const secrets = {
  DATABASE_URL: 'postgres://samplan:hemlighet-databas@db.region.se:5432/samplan',
  OIDC_ISSUER: 'https://idp.region.se',
  OIDC_CLIENT_ID: 'samplan',
  OIDC_CLIENT_SECRET: 'hemlighet-oidc',
  SMTP_URL: 'smtps://mailer:hemlighet-smtp@mail.region.se:465',
  SMS_SENDER: 'http',
  SMS_HTTP_URL: 'https://sms.region.se/send',
  SMS_HTTP_TOKEN: 'hemlighet-sms',
};

describe('samplan config --check', () => {
  it('prints every setting, where it came from, secrets hidden, and exits 0 when the configuration is valid', async () => {
    const { code, output } = await runCli(['config', '--check'], {
      ...secrets,
      PORT: '8080',
      SEED_DEMO: 'false',
    });
    expect(output).toMatch(/^PORT +miljön \/ environment +8080$/m);
    expect(output).toMatch(/^HOST +standard \/ default +127\.0\.0\.1$/m);
    expect(output).toMatch(/^POPULATION_REGISTER +standard \/ default +none$/m);
    expect(output).toMatch(
      /^DATABASE_URL +miljön \/ environment +postgres:\/\/samplan:\*\*\*@db\.region\.se:5432\/samplan$/m,
    );
    expect(output).toMatch(
      /^SMTP_URL +miljön \/ environment +smtps:\/\/mailer:\*\*\*@mail\.region\.se:465$/m,
    );
    expect(output).toMatch(/^OIDC_CLIENT_SECRET +miljön \/ environment +\(satt, dolt \/ set, hidden\)$/m);
    expect(output).toMatch(/^SMS_HTTP_TOKEN +miljön \/ environment +\(satt, dolt \/ set, hidden\)$/m);
    expect(output).toMatch(/^RIVTA_TLS_CERT +standard \/ default +\(inte satt \/ not set\)$/m);
    expect(output).toContain('Inställningarna är giltiga. / The configuration is valid.');
    expect(output).not.toContain('hemlighet');
    expect(code).toBe(0);
  });

  it('names each wrong variable in Swedish and English and exits 1, still without a secret', async () => {
    const { code, output } = await runCli(['config', '--check'], {
      ...secrets,
      SMTP_URL: 'http://mailer:hemlighet-smtp@mail.region.se',
      SESSION_HOURS: 'tio',
      SMS_HTTP_TOKEN: '',
    });
    expect(output).toContain('  SMTP_URL måste vara en smtp://- eller smtps://-adress');
    expect(output).toContain('  SMTP_URL must be an smtp:// or smtps:// address');
    expect(output).toContain('  SESSION_HOURS måste vara ett positivt heltal.');
    expect(output).toContain('  SESSION_HOURS must be a positive whole number.');
    expect(output).toContain('  SMS_HTTP_TOKEN must be set with SMS_SENDER=http.');
    expect(output).not.toContain('The configuration is valid');
    expect(output).not.toContain('hemlighet');
    expect(code).toBe(1);
  });

  it('is the only way to ask: config without --check shows how', async () => {
    const { code, output } = await runCli(['config'], {});
    expect(output).toContain('samplan config --check');
    expect(code).toBe(1);
  });
});

describe('a server with a wrong configuration', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'samplan-config-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('refuses to start, naming the variable and what it must be, and touches no database', async () => {
    const { code, output } = await serveEmbedded(join(dataDir, 'data'), {
      PORT: 'http',
      OIDC_ISSUER: 'https://idp.region.se',
      OIDC_CLIENT_SECRET: 'hemlighet-oidc',
    }).exited;
    expect(output).toContain('  PORT must be a whole number from 0 to 65535.');
    expect(output).toContain('  PORT måste vara ett heltal från 0 till 65535.');
    expect(output).toContain('  OIDC_CLIENT_ID is required when OIDC_ISSUER is set.');
    expect(output).not.toContain('hemlighet');
    expect(output).not.toContain('Samplan is ready');
    expect(code).toBe(1);
    await expect(rm(join(dataDir, 'data'))).rejects.toThrow(/ENOENT/);
  });
});
