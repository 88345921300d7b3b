import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CountySettingsBody } from '../../../shared/api/countySettings.js';
import { settingsRoutes } from '../../../shared/api/settingsRoutes.js';
import { api } from '../../api/client.js';

const settingsKey = ['county-settings'] as const;

export function useCountySettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => api.call(settingsRoutes.read),
  });
}

export function useSaveCountySettings(onDone: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CountySettingsBody) => api.call(settingsRoutes.save, { body }),
    onSuccess: (saved) => {
      client.setQueryData(settingsKey, saved);
      onDone();
    },
  });
}
