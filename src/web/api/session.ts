import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { sessionRoutes } from '../../shared/api/sessionRoutes.js';
import { api, ApiError } from './client.js';
import type { Me } from './types.js';

export const meKey = ['me'] as const;

/** The signed-in user, or null when no one is signed in. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async () => {
      try {
        return await api.call(sessionRoutes.me);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** Sets who is signed in; signing out forgets every case the previous user saw. */
export function setSignedIn(client: QueryClient, me: Me | null): void {
  // The session query itself must stay observed, or the app would not notice the change.
  if (me === null) client.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  client.setQueryData(meKey, me);
}

export function useSetMe() {
  const client = useQueryClient();
  return (me: Me | null) => setSignedIn(client, me);
}

/**
 * Any answer saying the session is gone — expired, idle too long, signed out elsewhere — takes the user back to
 * the sign-in page instead of leaving them with a page of errors.
 */
export function signOutOnLostSession(client: QueryClient) {
  return (error: unknown) => {
    if (error instanceof ApiError && error.status === 401 && error.code !== 'wrong_credentials')
      setSignedIn(client, null);
  };
}
