import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { parseSubject, type Subject } from './certificateSubject.js';

/**
 * How callers prove who they are: the national platform connects with mutual TLS. Either a reverse proxy
 * terminates it and passes the client certificate's subject on in a header (trusted only from the proxies
 * TRUST_PROXY names), or Samplan terminates it itself on a listener of its own.
 */
export type RivtaClientCheck =
  | { kind: 'proxy'; subjectHeader: string }
  | { kind: 'tls'; certificate: string; key: string; ca: string; host: string; port: number };

/** The GetCarePlans 2 producer's settings (decision 0039); null when it is off, which it is unless configured. */
export interface RivtaConfig {
  /** Samplan's HSA id as a system: its logical address and every plan's sourceSystemHSAId. */
  sourceSystemHsaId: string;
  /** The certificate subjects that may call (the platform's). */
  allowedClients: Subject[];
  clientCheck: RivtaClientCheck;
  /** The county's OID for reservnummer; without it a request by reservnummer is refused. */
  reservnummerOid: string | null;
}

const on = (value: string | undefined) =>
  ['on', 'true', '1', 'yes'].includes(value?.trim().toLowerCase() ?? '');

/**
 * Reads RIVTA_* from the environment; throws a message naming the first variable that is missing or wrong, so a
 * producer that is on but cannot answer safely never starts. `trustProxy` is the server's TRUST_PROXY, read already.
 */
export function readRivtaConfig(env: NodeJS.ProcessEnv, trustProxy: boolean | string[]): RivtaConfig | null {
  if (!on(env.RIVTA_GETCAREPLANS)) return null;
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`RIVTA_GETCAREPLANS is on, so ${name} must be set (docs/decisions/0039)`);
    return value;
  };
  const sourceSystemHsaId = required('RIVTA_SOURCE_SYSTEM_HSA_ID');
  const allowedClients = required('RIVTA_ALLOWED_CLIENTS')
    .split(';')
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text) => {
      const subject = parseSubject(text);
      if (!subject)
        throw new Error(
          `RIVTA_ALLOWED_CLIENTS: "${text}" is not a certificate subject such as CN=tp.example.se,O=Inera AB,C=SE`,
        );
      return subject;
    });
  if (allowedClients.length === 0) throw new Error('RIVTA_ALLOWED_CLIENTS names no certificate subject');
  return {
    sourceSystemHsaId,
    allowedClients,
    clientCheck: on(env.RIVTA_TLS_BY_PROXY) ? byProxy(required, trustProxy) : ownTls(env, required),
    reservnummerOid: env.RIVTA_RESERVNUMMER_OID?.trim() || null,
  };
}

function byProxy(required: (name: string) => string, trustProxy: boolean | string[]): RivtaClientCheck {
  const subjectHeader = required('RIVTA_CLIENT_CERT_HEADER').toLowerCase();
  // Without trusted proxies anyone could send the header; with them, only a proxy's is believed (clientCheck.ts).
  if (trustProxy === false || (Array.isArray(trustProxy) && trustProxy.length === 0))
    throw new Error(
      'RIVTA_TLS_BY_PROXY is on, so TRUST_PROXY must name the proxies that check client certificates',
    );
  if (Array.isArray(trustProxy))
    for (const entry of trustProxy)
      if (isIP(entry.split('/')[0] ?? '') === 0)
        throw new Error(`RIVTA_TLS_BY_PROXY: TRUST_PROXY must list addresses or CIDR ranges, not "${entry}"`);
  return { kind: 'proxy', subjectHeader };
}

function ownTls(env: NodeJS.ProcessEnv, required: (name: string) => string): RivtaClientCheck {
  const pem = (name: string) => {
    const path = required(name);
    try {
      return readFileSync(path, 'utf8');
    } catch {
      throw new Error(`${name}: ${path} cannot be read`);
    }
  };
  const portText = env.RIVTA_TLS_PORT?.trim() || '8443';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error('RIVTA_TLS_PORT must be a whole number from 0 to 65535');
  return {
    kind: 'tls',
    certificate: pem('RIVTA_TLS_CERT'),
    key: pem('RIVTA_TLS_KEY'),
    ca: pem('RIVTA_TLS_CA'),
    host: env.RIVTA_TLS_HOST?.trim() || env.HOST?.trim() || '127.0.0.1',
    port,
  };
}
