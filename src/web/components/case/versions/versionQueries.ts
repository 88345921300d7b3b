import { useQuery } from '@tanstack/react-query';
import { planRoutes } from '../../../../shared/api/planRoutes.js';
import { api } from '../../../api/client.js';
import { sipKey } from '../caseQueries.js';

/** A version never changes but its approval may, so it lives under the case's key and is refreshed with it. */
export function usePlanVersion(sipId: string, version: number | null) {
  return useQuery({
    queryKey: [...sipKey(sipId), 'version', version],
    queryFn: () => api.call(planRoutes.version, { params: { id: sipId, version } }),
    enabled: version !== null,
  });
}

export function usePlanDiff(sipId: string, from: number, to: number) {
  return useQuery({
    queryKey: [...sipKey(sipId), 'diff', from, to],
    queryFn: () => api.call(planRoutes.diff, { params: { id: sipId }, query: { from, to } }),
  });
}
