import { useParams } from 'react-router';

/** The SIP a page under /mina/sip/:id is about. */
export function useSipId(): string {
  return useParams().id ?? '';
}
