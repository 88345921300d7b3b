import { BlockList, isIPv6 } from 'node:net';
import { TLSSocket } from 'node:tls';
import type { FastifyRequest } from 'fastify';
import { parseSubject, sameSubject, type Subject } from './certificateSubject.js';
import { SoapRefusal } from './refusals.js';
import type { RivtaConfig } from './rivtaConfig.js';

/**
 * Who called, by the subject of the client certificate they connected with; refuses any caller whose certificate
 * is not one of RIVTA_ALLOWED_CLIENTS, or whose certificate could not be checked at all: a request on Samplan's
 * own plain listener when Samplan terminates TLS itself, or one not from a trusted proxy when a proxy does.
 * `trustProxy` is the server's TRUST_PROXY.
 */
export function clientCheck(
  config: RivtaConfig,
  trustProxy: boolean | string[],
): (request: FastifyRequest) => string {
  const { clientCheck: check, allowedClients } = config;
  const fromProxy = check.kind === 'proxy' ? trustedPeer(trustProxy) : () => false;
  const allowed = (subject: Subject | null) =>
    subject !== null && allowedClients.some((client) => sameSubject(client, subject));
  return (request) => {
    let subject: string | undefined;
    if (check.kind === 'proxy') {
      const header = request.headers[check.subjectHeader];
      if (fromProxy(request.socket.remoteAddress ?? '') && typeof header === 'string') subject = header;
    } else {
      const socket = request.raw.socket;
      if (socket instanceof TLSSocket && socket.authorized)
        subject = socket.getPeerX509Certificate()?.subject;
    }
    if (subject === undefined || !allowed(parseSubject(subject))) throw new SoapRefusal('notAllowed');
    return subject;
  };
}

/** Whether the connection's peer is one of the proxies TRUST_PROXY names (all, when it says true). */
function trustedPeer(trustProxy: boolean | string[]): (address: string) => boolean {
  if (trustProxy === true) return () => true;
  if (trustProxy === false) return () => false;
  const proxies = new BlockList();
  for (const entry of trustProxy) {
    const [address = '', prefix] = entry.split('/');
    const type = isIPv6(address) ? 'ipv6' : 'ipv4';
    if (prefix === undefined) proxies.addAddress(address, type);
    else proxies.addSubnet(address, Number(prefix), type);
  }
  return (address) => {
    // An IPv4 peer on a dual-stack socket is written ::ffff:a.b.c.d.
    const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
    return proxies.check(plain, isIPv6(plain) ? 'ipv6' : 'ipv4');
  };
}
