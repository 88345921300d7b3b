import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GuidanceResponse, RoutineTextBody } from '../../../shared/api/guidance.js';
import { guidanceRoutes } from '../../../shared/api/guidanceRoutes.js';
import type { GuidanceStep } from '../../../shared/guidance.js';
import { api } from '../../api/client.js';

const guidanceKey = ['guidance'] as const;
const versionsKey = (step: GuidanceStep) => ['guidance', step, 'versions'] as const;

/**
 * The guidance for every step, fetched once and shared by every section's Guidance button and the guidance
 * page: routine texts change seldom, so a few minutes old is fresh enough, and an edit here updates it at once.
 */
export function useGuidance() {
  return useQuery({
    queryKey: guidanceKey,
    queryFn: () => api.call(guidanceRoutes.guidance),
    staleTime: 5 * 60_000,
  });
}

export function useRoutineTextVersions(step: GuidanceStep) {
  return useQuery({
    queryKey: versionsKey(step),
    queryFn: () => api.call(guidanceRoutes.versions, { params: { step } }),
  });
}

export function useSaveRoutineText(step: GuidanceStep) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RoutineTextBody) =>
      api.call(guidanceRoutes.saveRoutineText, { params: { step }, body }),
    onSuccess: (saved) => {
      client.setQueryData<GuidanceResponse>(
        guidanceKey,
        (guidance) =>
          guidance && {
            ...guidance,
            steps: guidance.steps.map((entry) =>
              entry.step === step ? { ...entry, routine: saved } : entry,
            ),
          },
      );
      void client.invalidateQueries({ queryKey: versionsKey(step) });
    },
  });
}
