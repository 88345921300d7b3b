import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from './client.js';
import type { Me } from './types.js';

export const meKey = ['me'] as const;

/** The signed-in user, or null when no one is signed in. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async () => {
      try {
        return await api.get<Me>('/api/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSetMe() {
  const client = useQueryClient();
  return (me: Me | null) => {
    // Signing out forgets every case the previous user saw; the session query itself must stay observed.
    if (me === null) client.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
    client.setQueryData(meKey, me);
  };
}
