import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SipDetail } from '../../../shared/api/responses.js';
import { sipKey } from './caseQueries.js';
import { useCasePage } from './notice.js';

/**
 * One thing the user does to the case. On success the case and the start page are fetched anew, since the
 * phase and what may be done next follow from the server, and the page says what happened.
 */
export function useCaseAction<TVariables, TResult = unknown>(
  sipId: string,
  send: (variables: TVariables) => Promise<TResult>,
  successMessage: string,
  onDone?: (result: TResult, variables: TVariables) => void,
) {
  const client = useQueryClient();
  const page = useCasePage();
  return useMutation({
    mutationFn: send,
    onMutate: () => page.notify(''),
    onSuccess: async (result, variables) => {
      // Answering an invitation with no or forward may end the unit's part: the server then answers null.
      if (result === null) {
        await client.invalidateQueries({ queryKey: ['start'] });
        page.leave(successMessage);
        return;
      }
      if (isCase(result, sipId)) client.setQueryData(sipKey(sipId), result);
      // The form closes only once the case shows the change, so the page never flashes the old state.
      await Promise.all([
        client.invalidateQueries({ queryKey: sipKey(sipId) }),
        client.invalidateQueries({ queryKey: ['start'] }),
      ]);
      onDone?.(result, variables);
      page.notify(successMessage);
    },
  });
}

/** Every step answers with the case as the unit now sees it; showing it at once saves waiting for the refetch. */
function isCase(result: unknown, sipId: string): result is SipDetail {
  return typeof result === 'object' && result !== null && (result as { id?: unknown }).id === sipId;
}
