import { useQuery } from '@tanstack/react-query';
import { startRoutes } from '../../../shared/api/startRoutes.js';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';

export const sipKey = (id: string) => ['sip', id] as const;

export function useSip(id: string) {
  return useQuery({ queryKey: sipKey(id), queryFn: () => api.call(caseRoutes.read, { params: { id } }) });
}

/** Every organisation and unit of the county, for choosing whom to invite, share with or make responsible. */
export function useOrganisations() {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: () => api.call(startRoutes.organisations),
    staleTime: 10 * 60_000,
  });
}
