import { useQuery } from '@tanstack/react-query';
import type { PlanDiffResponse, PlanVersionView } from '../../../../shared/api/responses.js';
import { api } from '../../../api/client.js';
import { sipKey } from '../caseQueries.js';

/** A version never changes but its approval may, so it lives under the case's key and is refreshed with it. */
export function usePlanVersion(sipId: string, version: number | null) {
  return useQuery({
    queryKey: [...sipKey(sipId), 'version', version],
    queryFn: () => api.get<PlanVersionView>(`/api/sips/${sipId}/plan/versions/${version}`),
    enabled: version !== null,
  });
}

export function usePlanDiff(sipId: string, from: number, to: number) {
  return useQuery({
    queryKey: [...sipKey(sipId), 'diff', from, to],
    queryFn: () => api.get<PlanDiffResponse>(`/api/sips/${sipId}/plan/diff?from=${from}&to=${to}`),
  });
}
