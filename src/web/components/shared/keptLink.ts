import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * A mailed single-use link (`<path>#<token>`) carries its token after the `#`, which the browser never sends to a
 * server. The token is kept in this tab's sessionStorage while its holder signs in (a trip to the identity
 * provider and back, or choosing a unit first), and forgotten once it is used or refused.
 */
export interface KeptLink {
  path: string;
  keep(token: string): void;
  kept(): string | null;
  forget(): void;
}

export function keptLink(storageKey: string, path: string): KeptLink {
  return {
    path,
    keep: (token) => sessionStorage.setItem(storageKey, token),
    kept: () => sessionStorage.getItem(storageKey),
    forget: () => sessionStorage.removeItem(storageKey),
  };
}

/**
 * Keeps a link's token and takes it out of the address, so it is neither bookmarked nor shared by mistake. The
 * token is kept while rendering (writing it again changes nothing), so the page that uses it finds it at once.
 */
export function useLinkFromAddress(link: KeptLink): void {
  const { pathname, hash } = useLocation();
  const navigate = useNavigate();
  const linked = pathname === link.path && hash.length > 1;
  if (linked) link.keep(decodeURIComponent(hash.slice(1)));
  useEffect(() => {
    if (linked) void navigate(link.path, { replace: true });
  }, [linked, link.path, navigate]);
}
