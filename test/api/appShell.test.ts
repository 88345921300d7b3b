import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * The built web app routes in the browser, so a browser asking for any page address gets the app shell; a program
 * asking for an address Samplan does not have (a load balancer's probe, a Prometheus scrape of the public port) gets
 * 404, never a page that a health check would take for an answer.
 */
describe('the app shell for page addresses', () => {
  let server: TestServer;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'samplan-web-'));
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>Samplan</title>');
    server = await startTestServer('pglite', { webRoot: `${webRoot}/` });
  });
  afterAll(async () => {
    await server?.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('gives a browser the app shell at any page address', async () => {
    const page = await fetch(`${server.url}/sips/0190a1b2-0000-7000-8000-000000000000/plan`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Samplan</title>');
  });

  it('answers 404 to a program asking for an address that does not exist', async () => {
    for (const accept of ['text/plain;version=0.0.4', '*/*', 'application/json']) {
      const answer = await fetch(`${server.url}/metrics`, { headers: { accept } });
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
    }
  });
});
