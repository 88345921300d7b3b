import { resourceTypes } from './registry.js';

/** What a request needs a scope for: to read one resource (r), to search (s), or to update one (u). */
export type ScopePermission = 'r' | 's' | 'u';

/**
 * A SMART v2 system scope (`system/{Type}.{permissions}`, the permissions in the order c r u d s, each at most
 * once), with `*` for every type. Anything else — patient or user scopes, SMART v1's `.read` — grants nothing here.
 */
const SCOPE = /^system\/(\*|[A-Z][A-Za-z]{1,63})\.(c?r?u?d?s?)$/;

/** Whether a scope grants the permission on the type. */
export function scopeGrants(scope: string, type: string, permission: ScopePermission): boolean {
  const match = SCOPE.exec(scope);
  if (!match?.[2]) return false;
  return (match[1] === '*' || match[1] === type) && match[2].includes(permission);
}

/**
 * Whether a request may do this: both the token and the client's registration must carry a scope granting it,
 * so a token can narrow what an administrator granted but never widen it.
 */
export function scopesAllow(
  tokenScopes: readonly string[],
  registeredScopes: readonly string[],
  type: string,
  permission: ScopePermission,
): boolean {
  return (
    tokenScopes.some((scope) => scopeGrants(scope, type, permission)) &&
    registeredScopes.some((scope) => scopeGrants(scope, type, permission))
  );
}

/**
 * The scopes an administrator can grant a client, for the registration page: reading and searching each type the
 * API serves, or all of them, and updating each type that takes updates.
 */
export function grantableScopes(): string[] {
  return [
    'system/*.rs',
    ...resourceTypes.map((type) => `system/${type.type}.rs`),
    ...resourceTypes.filter((type) => type.update).map((type) => `system/${type.type}.u`),
  ];
}
