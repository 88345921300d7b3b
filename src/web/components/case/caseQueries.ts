import { useQuery } from '@tanstack/react-query';
import type { Organisations, SipDetail } from '../../../shared/api/responses.js';
import { api } from '../../api/client.js';

export const sipKey = (id: string) => ['sip', id] as const;

export function useSip(id: string) {
  return useQuery({ queryKey: sipKey(id), queryFn: () => api.get<SipDetail>(`/api/sips/${id}`) });
}

/** Every organisation and unit of the county, for choosing whom to invite, share with or make responsible. */
export function useOrganisations() {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: () => api.get<Organisations>('/api/organisations'),
    staleTime: 10 * 60_000,
  });
}
