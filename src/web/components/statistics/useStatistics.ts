import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { statisticsRoutes } from '../../../shared/api/statisticsRoutes.js';
import { api } from '../../api/client.js';

/**
 * The report for the filter as query parameters (none asked while it is null); the last one stays shown while
 * the next is on its way.
 */
export function useStatistics(query: string | null) {
  return useQuery({
    queryKey: ['statistics', query],
    queryFn: () => api.call(statisticsRoutes.report, { query: new URLSearchParams(query ?? '') }),
    placeholderData: keepPreviousData,
    enabled: query !== null,
  });
}
