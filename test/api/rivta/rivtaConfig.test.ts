import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/server/config.js';
import { parseSubject, sameSubject } from '../../../src/server/rivta/certificateSubject.js';

describe('GetCarePlans configuration', () => {
  let directory: string;
  const proxied = {
    RIVTA_GETCAREPLANS: 'on',
    RIVTA_SOURCE_SYSTEM_HSA_ID: 'SE2321000099-SAMPLAN',
    RIVTA_ALLOWED_CLIENTS: 'CN=tp.ntjp.se,O=Inera AB,C=SE; /C=SE/O=Inera AB/CN=qa.tp.ntjp.se',
    RIVTA_TLS_BY_PROXY: 'on',
    RIVTA_CLIENT_CERT_HEADER: 'X-Client-Cert-Subject',
    TRUST_PROXY: '10.0.0.0/8,127.0.0.1',
  };

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'samplan-rivta-'));
    for (const name of ['cert.pem', 'key.pem', 'ca.pem'])
      await writeFile(join(directory, name), `-- ${name} --`);
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('is off unless RIVTA_GETCAREPLANS is on', () => {
    expect(readConfig({}).rivta).toBeNull();
    expect(readConfig({ ...proxied, RIVTA_GETCAREPLANS: 'off' }).rivta).toBeNull();
  });

  it('reads the proxy mode, with the header in lower case and both subjects', () => {
    const rivta = readConfig(proxied).rivta!;
    expect(rivta.clientCheck).toEqual({ kind: 'proxy', subjectHeader: 'x-client-cert-subject' });
    expect(rivta.allowedClients).toHaveLength(2);
    expect(rivta.reservnummerOid).toBeNull();
  });

  it('refuses to start naming what is missing or wrong', () => {
    const without = (name: keyof typeof proxied) => () => readConfig({ ...proxied, [name]: '' });
    expect(without('RIVTA_SOURCE_SYSTEM_HSA_ID')).toThrow(/RIVTA_SOURCE_SYSTEM_HSA_ID must be set/);
    expect(without('RIVTA_ALLOWED_CLIENTS')).toThrow(/RIVTA_ALLOWED_CLIENTS must be set/);
    expect(without('RIVTA_CLIENT_CERT_HEADER')).toThrow(/RIVTA_CLIENT_CERT_HEADER must be set/);
    expect(without('TRUST_PROXY')).toThrow(/TRUST_PROXY must name the proxies/);
    expect(() => readConfig({ ...proxied, TRUST_PROXY: 'loopback' })).toThrow(/addresses or CIDR ranges/);
    expect(() => readConfig({ ...proxied, RIVTA_ALLOWED_CLIENTS: 'tp.ntjp.se' })).toThrow(
      /RIVTA_ALLOWED_CLIENTS holds "tp.ntjp.se", which is not a certificate subject/,
    );
    expect(() => readConfig({ ...proxied, RIVTA_TLS_BY_PROXY: 'off' })).toThrow(/RIVTA_TLS_CERT must be set/);
  });

  it('reads its own TLS certificate, key and CA from files', () => {
    const tls = {
      ...proxied,
      RIVTA_TLS_BY_PROXY: '',
      RIVTA_TLS_CERT: join(directory, 'cert.pem'),
      RIVTA_TLS_KEY: join(directory, 'key.pem'),
      RIVTA_TLS_CA: join(directory, 'ca.pem'),
      RIVTA_TLS_PORT: '9443',
    };
    expect(readConfig(tls).rivta!.clientCheck).toMatchObject({
      kind: 'tls',
      certificate: '-- cert.pem --',
      ca: '-- ca.pem --',
      port: 9443,
    });
    expect(() => readConfig({ ...tls, RIVTA_TLS_CA: join(directory, 'missing.pem') })).toThrow(
      /RIVTA_TLS_CA names .*missing.pem, which cannot be read/,
    );
    expect(() => readConfig({ ...tls, RIVTA_TLS_PORT: 'https' })).toThrow(/RIVTA_TLS_PORT/);
  });

  it('knows a certificate subject however it is written', () => {
    const subject = parseSubject('CN=tp.ntjp.se,O=Inera AB,C=SE')!;
    for (const same of [
      '/C=SE/O=Inera AB/CN=tp.ntjp.se',
      'C=SE\nO=Inera AB\nCN=tp.ntjp.se',
      'cn=tp.ntjp.se, o=Inera AB, c=SE',
    ])
      expect(sameSubject(subject, parseSubject(same)!), same).toBe(true);
    for (const other of [
      'CN=tp.ntjp.se,O=Inera AB',
      'CN=tp.ntjp.se,O=Inera,C=SE',
      'CN=tp.ntjp.se,O=Inera AB,C=SE,OU=x',
    ])
      expect(sameSubject(subject, parseSubject(other)!), other).toBe(false);
    expect(parseSubject('CN=Inera\\, AB,C=SE')).toEqual(['C=SE', 'CN=Inera, AB']);
    expect(parseSubject('')).toBeNull();
  });
});
