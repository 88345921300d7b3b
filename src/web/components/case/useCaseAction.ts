import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SipDetail } from '../../../shared/api/responses.js';
import { sipKey } from './caseQueries.js';
import { useCasePage } from './notice.js';

/**
 * One thing the user does to the case. On success the case and the start page are fetched anew, since the
 * phase and what may be done next follow from the server, and the page says what happened.
 */
export function useCaseAction<TVariables>(
  sipId: string,
  send: (variables: TVariables) => Promise<SipDetail | null>,
  successMessage: string,
  onDone?: (result: SipDetail, variables: TVariables) => void,
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
      client.setQueryData(sipKey(sipId), result);
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
