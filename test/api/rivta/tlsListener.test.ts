import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '../../../src/db/database.js';
import { parseSubject } from '../../../src/server/rivta/certificateSubject.js';
import type { RivtaConfig } from '../../../src/server/rivta/rivtaConfig.js';
import { listenRivtaTls, type RivtaListener } from '../../../src/server/rivta/tlsListener.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../../support/testDatabase.js';
import { serveTestDatabase, type TestServer } from '../../support/testServer.js';
import {
  getCarePlansRequest,
  platformSubject,
  postSoap,
  readAnswer,
  readFault,
  schemaErrors,
  sourceSystemHsaId,
  subjectHeader,
} from './getCarePlansCall.js';

interface KeyPair {
  key: string;
  cert: string;
}

/** Certificates made for the test with openssl: a CA, Samplan's server certificate and clients' certificates. */
async function makeCertificates(directory: string) {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: directory, stdio: 'pipe' });
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  const authority = (name: string) => {
    openssl(
      'req',
      '-x509',
      ...ecKey,
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.pem`,
      '-days',
      '1',
      '-subj',
      `/CN=${name}`,
    );
  };
  const issued = async (name: string, subject: string, ca: string, extensions: string): Promise<KeyPair> => {
    await writeFile(join(directory, `${name}.ext`), extensions);
    openssl('req', '-new', ...ecKey, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${ca}.pem`,
      '-CAkey',
      `${ca}.key`,
      '-CAcreateserial',
      '-out',
      `${name}.pem`,
      '-days',
      '1',
      '-extfile',
      `${name}.ext`,
    );
    return {
      key: await readFile(join(directory, `${name}.key`), 'utf8'),
      cert: await readFile(join(directory, `${name}.pem`), 'utf8'),
    };
  };
  authority('siths-test-ca');
  authority('other-ca');
  const client = 'extendedKeyUsage=clientAuth\n';
  return {
    ca: await readFile(join(directory, 'siths-test-ca.pem'), 'utf8'),
    server: await issued(
      'samplan',
      '/C=SE/O=Region Test/CN=localhost',
      'siths-test-ca',
      'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
    ),
    platform: await issued('platform', '/C=SE/O=Inera AB/CN=tp.test.ntjp.se', 'siths-test-ca', client),
    stranger: await issued('stranger', '/C=SE/O=Someone Else/CN=other.example.se', 'siths-test-ca', client),
    forged: await issued('forged', '/C=SE/O=Inera AB/CN=tp.test.ntjp.se', 'other-ca', client),
  };
}

type Outcome = { status: number; text: string } | { refused: string };

/** A GetCarePlans request over mutual TLS, with the given client certificate, or none. */
function postTls(url: string, body: string, ca: string, client: KeyPair | null): Promise<Outcome> {
  return new Promise((resolve) => {
    const call = request(
      url,
      {
        method: 'POST',
        ca,
        ...(client ?? {}),
        headers: { 'content-type': 'text/xml; charset=utf-8', [subjectHeader]: platformSubject },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    call.on('error', (error) => resolve({ refused: error.message }));
    call.end(body);
  });
}

describe.each(testDatabaseKinds())(
  'GetCarePlans over its own mutual TLS listener on %s',
  (kind: DatabaseKind) => {
    let directory: string;
    let certificates: Awaited<ReturnType<typeof makeCertificates>>;
    let testDatabase: TestDatabase;
    let server: TestServer;
    let listener: RivtaListener;
    const body = getCarePlansRequest('191212121212');

    beforeAll(async () => {
      directory = await mkdtemp(join(tmpdir(), 'samplan-rivta-tls-'));
      certificates = await makeCertificates(directory);
      const config: RivtaConfig = {
        sourceSystemHsaId,
        allowedClients: [parseSubject(platformSubject)!],
        clientCheck: {
          kind: 'tls',
          certificate: certificates.server.cert,
          key: certificates.server.key,
          ca: certificates.ca,
          host: '127.0.0.1',
          port: 0,
        },
        reservnummerOid: null,
      };
      testDatabase = await createTestDatabase(kind);
      server = await serveTestDatabase(testDatabase, { rivta: config });
      listener = await listenRivtaTls(
        server.app,
        config.clientCheck as Extract<RivtaConfig['clientCheck'], { kind: 'tls' }>,
      );
    });
    afterAll(async () => {
      await listener.close();
      await server.close();
      await testDatabase.drop();
      await rm(directory, { recursive: true, force: true });
    });

    it("answers the platform's certificate from the allowed subject, valid against the contract", async () => {
      const outcome = await postTls(listener.url, body, certificates.ca, certificates.platform);
      expect(outcome).toMatchObject({ status: 200 });
      const { text } = outcome as { text: string };
      expect(await schemaErrors(text)).toEqual([]);
      expect(readAnswer(text)).toMatchObject({ carePlans: [], result: { resultCode: 'OK' } });
    });

    it('refuses a certificate of the trusted CA whose subject is not allowed, with a SOAP fault', async () => {
      const outcome = await postTls(listener.url, body, certificates.ca, certificates.stranger);
      expect(outcome).toMatchObject({ status: 403 });
      expect(readFault((outcome as { text: string }).text).faultcode).toBe('soap:Client');
    });

    it('does not let a caller without a certificate, or with one from another CA, past the handshake', async () => {
      expect(await postTls(listener.url, body, certificates.ca, null)).toHaveProperty('refused');
      expect(await postTls(listener.url, body, certificates.ca, certificates.forged)).toHaveProperty(
        'refused',
      );
    });

    it('serves nothing else on its listener, and nothing of GetCarePlans on the plain one, whatever a header says', async () => {
      const other = await postTls(
        listener.url.replace('/rivta/GetCarePlans/2', '/api/health'),
        '',
        certificates.ca,
        certificates.platform,
      );
      expect(other).toMatchObject({ status: 404 });
      const plain = await postSoap(server.url, body);
      expect(plain.status).toBe(403);
    });
  },
);
