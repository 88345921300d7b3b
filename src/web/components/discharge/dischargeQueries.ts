import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DischargeDetail } from '../../../shared/api/discharge.js';
import { dischargeRoutes } from '../../../shared/api/dischargeRoutes.js';
import { api } from '../../api/client.js';

export const dischargesKey = ['discharges'] as const;
export const dischargeKey = (id: string) => ['discharges', id] as const;

/** The acting unit's discharge processes, "to invite by" first, as the server orders them. */
export function useDischarges() {
  return useQuery({ queryKey: dischargesKey, queryFn: () => api.call(dischargeRoutes.list) });
}

export function useDischarge(id: string) {
  return useQuery({
    queryKey: dischargeKey(id),
    queryFn: () => api.call(dischargeRoutes.read, { params: { id } }),
  });
}

/**
 * One step on a process. Every step answers with the process as the unit now sees it; it is shown at once, and
 * the lists are fetched anew since the deadline and status move them.
 */
export function useDischargeStep<TVariables>(
  id: string,
  send: (variables: TVariables) => Promise<DischargeDetail>,
  onDone: (message: string) => void,
  successMessage: string,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (process) => {
      client.setQueryData(dischargeKey(id), process);
      await client.invalidateQueries({ queryKey: dischargesKey, exact: true });
      onDone(successMessage);
    },
  });
}
