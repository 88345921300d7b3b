import { useMutation } from '@tanstack/react-query';
import type { PopulationRegisterResponse } from '../../../shared/api/responses.js';
import { startRoutes } from '../../../shared/api/startRoutes.js';
import { api } from '../../api/client.js';

export type RegisterFound = Extract<PopulationRegisterResponse, { status: 'found' }>;

/** What the page says of the register's answer: nothing while it is off, else one of these. */
export type RegisterState = 'asking' | 'found' | 'notFound' | 'unavailable' | null;

/**
 * Name and address from the population register, asked by the server. Anything but `found` — nobody, no answer
 * in time, the request itself failing — leaves name and address to be typed, as without a register.
 */
export function usePopulationRegister(onFound: (person: RegisterFound['person']) => void) {
  const lookUp = useMutation({
    mutationFn: (idNumber: string) => api.call(startRoutes.askPopulationRegister, { body: { idNumber } }),
    onSuccess: (answer) => {
      if (answer.status === 'found') onFound(answer.person);
    },
  });
  const answer = lookUp.data;
  const state: RegisterState = lookUp.isPending
    ? 'asking'
    : lookUp.isError || answer?.status === 'unavailable'
      ? 'unavailable'
      : answer?.status === 'not_found'
        ? 'notFound'
        : answer?.status === 'found'
          ? 'found'
          : null;
  const found = answer?.status === 'found' ? answer : null;
  return {
    state,
    found,
    /** The key of what to announce now: the same words the page shows, for a screen reader. */
    message:
      state === 'found' ? (found?.source === 'demo' ? ('foundDemo' as const) : ('found' as const)) : state,
    ask: (idNumber: string) => lookUp.mutate(idNumber),
    forget: () => lookUp.reset(),
  };
}
