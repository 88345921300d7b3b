import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeviationAction, DeviationFilter } from '../../../shared/api/deviationFields.js';
import { deviationRoutes } from '../../../shared/api/deviationRoutes.js';
import type { DeviationDetail, ReportDeviationBody } from '../../../shared/api/deviations.js';
import { api } from '../../api/client.js';

const deviationsKey = ['deviations'] as const;
const deviationKey = (id: string) => ['deviation', id] as const;

export function useDeviations(filter: DeviationFilter) {
  return useQuery({
    queryKey: [...deviationsKey, filter],
    queryFn: () => api.call(deviationRoutes.list, { query: { filter } }),
  });
}

export function useDeviation(id: string) {
  return useQuery({
    queryKey: deviationKey(id),
    queryFn: () => api.call(deviationRoutes.read, { params: { id } }),
  });
}

/**
 * One step of a deviation's handling. The answer is the deviation as the user now sees it; the lists are
 * fetched anew, since what waits for whom follows from the server.
 */
export function useDeviationStep(id: string, action: DeviationAction, onDone: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ text }: { text: string }) => takeStep(id, action, text),
    onSuccess: async (detail) => {
      client.setQueryData(deviationKey(id), detail);
      await client.invalidateQueries({ queryKey: deviationsKey });
      onDone();
    },
  });
}

/** Each step takes its text under its own name: a note for handling and escalating, the resolution for closing. */
function takeStep(id: string, action: DeviationAction, text: string): Promise<DeviationDetail> {
  switch (action) {
    case 'handle':
      return api.call(deviationRoutes.handle, { params: { id }, body: { note: text } });
    case 'escalate':
      return api.call(deviationRoutes.escalate, { params: { id }, body: { note: text } });
    case 'close':
      return api.call(deviationRoutes.close, { params: { id }, body: { resolution: text } });
  }
}

/** Reports a deviation on a SIP; the lists are fetched anew so the reporting unit sees it at once. */
export function useReportDeviation(sipId: string, onDone: (detail: DeviationDetail) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportDeviationBody) =>
      api.call(deviationRoutes.report, { params: { id: sipId }, body }),
    onSuccess: async (detail) => {
      client.setQueryData(deviationKey(detail.id), detail);
      await client.invalidateQueries({ queryKey: deviationsKey });
      onDone(detail);
    },
  });
}
