import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { host, trustProxy } from '../configuration/serverSettings.js';
import { type Refused, refused } from '../configuration/refusals.js';
import {
  flag,
  list,
  settingsArea,
  text,
  variable,
  wholeNumber,
  type Reader,
} from '../configuration/variables.js';
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

/** The certificate subjects that may call, separated by `;`. */
const subjects = list<Subject>(';', (entry) => parseSubject(entry) ?? refused.certificateSubject({ entry }));

/** A PEM file, read at start so that a path that cannot be read stops the start. */
const pemFile: Reader<string> = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return refused.unreadableFile({ path });
  }
};

/**
 * RIVTA_* from the environment; a message names the first variable that is missing or wrong, so a producer that is
 * on but cannot answer safely never starts. TRUST_PROXY and HOST are the server's own, read here for what they mean
 * to the producer.
 */
export const rivtaSettings = settingsArea(
  {
    RIVTA_GETCAREPLANS: variable(flag, false, { fallback: 'off' }),
    RIVTA_SOURCE_SYSTEM_HSA_ID: variable(text, null),
    RIVTA_ALLOWED_CLIENTS: variable(subjects, null),
    RIVTA_TLS_BY_PROXY: variable(flag, false, { fallback: 'off' }),
    RIVTA_CLIENT_CERT_HEADER: variable(text, null),
    RIVTA_TLS_CERT: variable(pemFile, null),
    RIVTA_TLS_KEY: variable(pemFile, null),
    RIVTA_TLS_CA: variable(pemFile, null),
    RIVTA_TLS_PORT: variable(wholeNumber(0, 65_535), 8443),
    RIVTA_TLS_HOST: variable(text, null, { fallback: (env) => env.HOST?.trim() || '127.0.0.1' }),
    RIVTA_RESERVNUMMER_OID: variable(text, null),
    TRUST_PROXY: trustProxy,
    HOST: host,
  },
  (values, refuse): RivtaConfig | null => {
    if (!values.RIVTA_GETCAREPLANS) return null;
    const required = <T>(name: keyof typeof values, value: T | null): T =>
      value ?? refuse(name, refused.requiredWithSetting({ setting: 'RIVTA_GETCAREPLANS=on' }));
    const allowedClients = required('RIVTA_ALLOWED_CLIENTS', values.RIVTA_ALLOWED_CLIENTS);
    if (allowedClients.length === 0) return refuse('RIVTA_ALLOWED_CLIENTS', refused.noSubject());
    return {
      sourceSystemHsaId: required('RIVTA_SOURCE_SYSTEM_HSA_ID', values.RIVTA_SOURCE_SYSTEM_HSA_ID),
      allowedClients,
      clientCheck: values.RIVTA_TLS_BY_PROXY
        ? byProxy(
            required('RIVTA_CLIENT_CERT_HEADER', values.RIVTA_CLIENT_CERT_HEADER),
            values.TRUST_PROXY,
            refuse,
          )
        : {
            kind: 'tls',
            certificate: required('RIVTA_TLS_CERT', values.RIVTA_TLS_CERT),
            key: required('RIVTA_TLS_KEY', values.RIVTA_TLS_KEY),
            ca: required('RIVTA_TLS_CA', values.RIVTA_TLS_CA),
            host: values.RIVTA_TLS_HOST ?? values.HOST,
            port: values.RIVTA_TLS_PORT,
          },
      reservnummerOid: values.RIVTA_RESERVNUMMER_OID,
    };
  },
);

function byProxy(
  header: string,
  trustProxy: boolean | string[],
  refuse: (variable: string, refused: Refused) => never,
): RivtaClientCheck {
  // Without trusted proxies anyone could send the header; with them, only a proxy's is believed (clientCheck.ts).
  if (trustProxy === false || (Array.isArray(trustProxy) && trustProxy.length === 0))
    return refuse('TRUST_PROXY', refused.proxiesNeeded());
  if (Array.isArray(trustProxy))
    for (const entry of trustProxy)
      if (isIP(entry.split('/')[0] ?? '') === 0)
        return refuse('TRUST_PROXY', refused.proxyAddresses({ entry }));
  return { kind: 'proxy', subjectHeader: header.toLowerCase() };
}
