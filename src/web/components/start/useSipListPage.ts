import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import { startKey } from './useStart.js';

/**
 * A page of the case list other than the one the start page brings (`query` empty). Kept under the start page's
 * key, so whatever refreshes the start page refreshes the list too; the page shown stays until the next arrives.
 */
export function useSipListPage(query: string) {
  return useQuery({
    queryKey: [...startKey, 'sips', query],
    queryFn: () => api.call(caseRoutes.list, { query: new URLSearchParams(query) }),
    enabled: query !== '',
    placeholderData: keepPreviousData,
  });
}
