import { ErrorMessage } from './ErrorMessage.js';

/**
 * The summary of why a form was not accepted: the browser's own check (its fields are marked in place, so only
 * the summary is shown) or the server's refusal.
 */
export function FormError({ local, remote }: { local?: Error | null; remote: unknown }) {
  if (local) return <ErrorMessage error={new Error(local.message)} />;
  return <ErrorMessage error={remote} />;
}
