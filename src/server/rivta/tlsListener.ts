import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { getCarePlansPath } from './contract.js';
import type { RivtaClientCheck } from './rivtaConfig.js';

export interface RivtaListener {
  url: string;
  close(): Promise<void>;
}

/**
 * The producer's own HTTPS listener, when Samplan terminates the platform's mutual TLS itself: a client without a
 * certificate from RIVTA_TLS_CA does not get past the handshake, and the one route checks the subject
 * (clientCheck.ts). It serves GetCarePlans and nothing else; the app itself stays on its plain listener. Call it
 * once the app is ready (after `listen`).
 */
export async function listenRivtaTls(
  app: FastifyInstance,
  tls: Extract<RivtaClientCheck, { kind: 'tls' }>,
): Promise<RivtaListener> {
  const server = createServer(
    {
      cert: tls.certificate,
      key: tls.key,
      ca: tls.ca,
      requestCert: true,
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
    },
    (request, response) => {
      if (request.url?.split('?')[0] !== getCarePlansPath) {
        response.writeHead(404).end();
        return;
      }
      app.routing(request, response);
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(tls.port, tls.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `https://${host}:${String(port)}${getCarePlansPath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
