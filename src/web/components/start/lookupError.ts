import { ApiError } from '../../api/client.js';
import { serverFieldError } from './fieldErrors.js';

/**
 * A refused lookup is about the number the user typed: its message belongs at the field. Anything else (network,
 * sign-in, server trouble) is shown as a general error instead.
 */
export function lookupFieldError(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 422)) return undefined;
  return (
    serverFieldError(error, 'body.idNumber', ['idNumber']) ??
    serverFieldError(error, 'body.reserve', ['reserve']) ??
    error.message
  );
}
