import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeviationAction, DeviationFilter } from '../../../shared/api/deviationFields.js';
import type { DeviationDetail, DeviationListResponse } from '../../../shared/api/deviations.js';
import { api } from '../../api/client.js';

const deviationsKey = ['deviations'] as const;
const deviationKey = (id: string) => ['deviation', id] as const;

export function useDeviations(filter: DeviationFilter) {
  return useQuery({
    queryKey: [...deviationsKey, filter],
    queryFn: () => api.get<DeviationListResponse>(`/api/deviations?filter=${filter}`),
  });
}

export function useDeviation(id: string) {
  return useQuery({
    queryKey: deviationKey(id),
    queryFn: () => api.get<DeviationDetail>(`/api/deviations/${id}`),
  });
}

/**
 * One step of a deviation's handling. The answer is the deviation as the user now sees it; the lists are
 * fetched anew, since what waits for whom follows from the server.
 */
export function useDeviationStep(id: string, onDone: (action: DeviationAction) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: DeviationAction; body: Record<string, string> }) =>
      api.post<DeviationDetail>(`/api/deviations/${id}/${action}`, body),
    onSuccess: async (detail, { action }) => {
      client.setQueryData(deviationKey(id), detail);
      await client.invalidateQueries({ queryKey: deviationsKey });
      onDone(action);
    },
  });
}

/** Reports a deviation on a SIP; the lists are fetched anew so the reporting unit sees it at once. */
export function useReportDeviation(sipId: string, onDone: (detail: DeviationDetail) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: string; unitId: string; description: string }) =>
      api.post<DeviationDetail>(`/api/sips/${sipId}/deviations`, body),
    onSuccess: async (detail) => {
      client.setQueryData(deviationKey(detail.id), detail);
      await client.invalidateQueries({ queryKey: deviationsKey });
      onDone(detail);
    },
  });
}
