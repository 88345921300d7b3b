import type { FhirResource, Found, SearchPage } from './registry.js';
import { pageCursor } from './paging.js';

interface BundleLink {
  relation: 'self' | 'next' | 'previous';
  url: string;
}

/** The address of a search with its parameters, `_page` replaced by the given cursor (or left out). */
function searchUrl(base: string, type: string, query: URLSearchParams, cursor: string | null): string {
  const kept = new URLSearchParams([...query].filter(([name]) => name !== '_page'));
  if (cursor !== null) kept.set('_page', cursor);
  const text = kept.toString();
  return `${base}/${type}${text ? `?${text}` : ''}`;
}

/**
 * A search's answer (R4 `searchset`): the total that match, the links to this page and the pages either side,
 * and each resource with its full address and `search.mode` `match`.
 */
export function searchsetBundle(
  base: string,
  type: string,
  query: URLSearchParams,
  page: SearchPage,
): FhirResource {
  const link: BundleLink[] = [{ relation: 'self', url: searchUrl(base, type, query, query.get('_page')) }];
  if (page.nextKey !== null)
    link.push({
      relation: 'next',
      url: searchUrl(base, type, query, pageCursor(query, 'after', page.nextKey)),
    });
  if (page.previousKey !== null)
    link.push({
      relation: 'previous',
      url: searchUrl(base, type, query, pageCursor(query, 'before', page.previousKey)),
    });
  return {
    resourceType: 'Bundle',
    id: crypto.randomUUID(),
    meta: { lastUpdated: new Date().toISOString() },
    type: 'searchset',
    total: page.total,
    link,
    entry: page.found.map(({ resource }) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

/** A resource's versions (R4 `history`), newest first, each with its version-specific address. */
export function historyBundle(base: string, type: string, id: string, versions: Found[]): FhirResource {
  return {
    resourceType: 'Bundle',
    id: crypto.randomUUID(),
    meta: { lastUpdated: new Date().toISOString() },
    type: 'history',
    total: versions.length,
    link: [{ relation: 'self', url: `${base}/${type}/${id}/_history` }],
    entry: versions.map(({ resource }) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
      request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` },
      response: {
        status: '200 OK',
        ...(resource.meta?.lastUpdated ? { lastModified: resource.meta.lastUpdated } : {}),
        ...(resource.meta?.versionId ? { etag: `W/"${resource.meta.versionId}"` } : {}),
      },
    })),
  };
}
