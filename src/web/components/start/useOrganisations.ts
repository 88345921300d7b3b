import { useQuery } from '@tanstack/react-query';
import { startRoutes } from '../../../shared/api/startRoutes.js';
import { api } from '../../api/client.js';

export const organisationsKey = ['organisations'] as const;

/** Every organisation with its units: changes seldom, so it is kept for a while. */
export function useOrganisations() {
  return useQuery({
    queryKey: organisationsKey,
    queryFn: () => api.call(startRoutes.organisations),
    staleTime: 5 * 60_000,
  });
}
