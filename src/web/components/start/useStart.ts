import { useQuery } from '@tanstack/react-query';
import { startRoutes } from '../../../shared/api/startRoutes.js';
import { api } from '../../api/client.js';

/** The start page's data; creating or answering something elsewhere invalidates this key. */
export const startKey = ['start'] as const;

export function useStart() {
  return useQuery({ queryKey: startKey, queryFn: () => api.call(startRoutes.start) });
}
