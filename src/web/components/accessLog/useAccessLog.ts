import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AccessLogChoices, AccessLogResponse } from '../../../shared/api/accessLog.js';
import { api } from '../../api/client.js';

export const accessLogPageSize = 50;

export function useAccessLog(query: string) {
  return useQuery({
    queryKey: ['access-log', query],
    queryFn: () => api.get<AccessLogResponse>(`/api/access-log?pageSize=${accessLogPageSize}&${query}`),
    placeholderData: keepPreviousData,
  });
}

export function useAccessLogChoices() {
  return useQuery({
    queryKey: ['access-log', 'choices'],
    queryFn: () => api.get<AccessLogChoices>('/api/access-log/choices'),
  });
}
