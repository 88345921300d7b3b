/** The protocols a link in a routine text may use; anything else (javascript:, data:, vbscript: …) is dropped. */
const allowedProtocols = /^(https?|mailto|tel)$/i;

/**
 * A link's address as the routine text may carry it: an address on the web, mail or phone, or one relative to
 * Samplan (`/reserve/plan`, `#plan`). Any other protocol gives an empty address, and the link shows as text.
 * A colon after the first `/`, `?` or `#` belongs to a relative address, not to a protocol.
 */
export function safeUrl(url: string): string {
  const colon = url.indexOf(':');
  const pathStart = url.search(/[/?#]/);
  if (colon === -1 || (pathStart !== -1 && colon > pathStart)) return url;
  return allowedProtocols.test(url.slice(0, colon)) ? url : '';
}
