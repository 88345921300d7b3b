import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CountySettingsBody, CountySettingsResponse } from '../../../shared/api/countySettings.js';
import { api } from '../../api/client.js';

const settingsKey = ['county-settings'] as const;

export function useCountySettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => api.get<CountySettingsResponse>('/api/settings'),
  });
}

export function useSaveCountySettings(onDone: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CountySettingsBody) => api.put<CountySettingsResponse>('/api/settings', body),
    onSuccess: (saved) => {
      client.setQueryData(settingsKey, saved);
      onDone();
    },
  });
}
