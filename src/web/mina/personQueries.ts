import { useQuery, type QueryClient } from '@tanstack/react-query';
import { personRoutes } from '../../shared/api/personRoutes.js';
import { api } from '../api/client.js';

/** Every query of the individual's side starts with 'person', so signing out forgets them all (personSession.ts). */
export const personKeys = {
  sips: ['person', 'sips'] as const,
  sip: (id: string) => ['person', 'sip', id] as const,
  plan: (id: string) => ['person', 'sip', id, 'plan'] as const,
  version: (id: string, version: number) => ['person', 'sip', id, 'plan', version] as const,
  preparation: (id: string) => ['person', 'sip', id, 'preparation'] as const,
};

export function useMySips() {
  return useQuery({ queryKey: personKeys.sips, queryFn: () => api.call(personRoutes.sips) });
}

/** A SIP's overview: what the pages show first, and `allowedActions`, what the person may do there. */
export function useSipOverview(id: string) {
  return useQuery({
    queryKey: personKeys.sip(id),
    queryFn: () => api.call(personRoutes.overview, { params: { id } }),
  });
}

export function usePersonPlan(id: string) {
  return useQuery({
    queryKey: personKeys.plan(id),
    queryFn: () => api.call(personRoutes.plan, { params: { id } }),
  });
}

/**
 * After the person changed something on a SIP: its overview and the list (what waits for an answer, the next
 * meeting) are read again; the parts below the SIP go stale with it.
 */
export function refreshSip(client: QueryClient, id: string): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: personKeys.sip(id) }),
    client.invalidateQueries({ queryKey: personKeys.sips }),
  ]).then(() => undefined);
}
