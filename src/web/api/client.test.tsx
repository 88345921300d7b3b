// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { personAuthRoutes } from '../../shared/api/personAuthRoutes.js';
import { sessionRoutes } from '../../shared/api/sessionRoutes.js';
import '../i18n/index.js';
import { api } from './client.js';

/** The headers of every request sent, answered 204. */
function recordHeaders(): Record<string, string>[] {
  const sent: Record<string, string>[] = [];
  vi.stubGlobal('fetch', (_path: string, init: RequestInit = {}) => {
    sent.push({ ...(init.headers as Record<string, string>) });
    return Promise.resolve(new Response(null, { status: 204 }));
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
  for (const name of ['samplan_csrf', 'samplan_person_csrf'])
    document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
});

describe('the CSRF token a state change echoes', () => {
  it('is the staff session’s on staff routes and the person session’s on /api/person/', async () => {
    document.cookie = 'samplan_csrf=staff-token; path=/';
    document.cookie = 'samplan_person_csrf=person%2Ftoken; path=/';
    const sent = recordHeaders();

    await api.send(sessionRoutes.logOut);
    await api.send(personAuthRoutes.signOut);

    expect(sent.map((headers) => headers['x-csrf-token'])).toEqual(['staff-token', 'person/token']);
  });

  it('is left out when the side has no session, never taken from the other side', async () => {
    document.cookie = 'samplan_csrf=staff-token; path=/';
    const sent = recordHeaders();

    await api.send(personAuthRoutes.signOut);

    expect(sent[0]?.['x-csrf-token']).toBeUndefined();
  });
});
