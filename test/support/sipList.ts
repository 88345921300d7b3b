import { expect } from 'vitest';
import type { SipListPage } from '../../src/shared/api/sipList.js';
import type { ApiClient } from './apiClient.js';

/** Every page of the case list for `query`, following each page's cursor to the last. */
export async function allSipListPages(client: ApiClient, query = ''): Promise<SipListPage[]> {
  const pages: SipListPage[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    if (cursor) params.set('cursor', cursor);
    const page = await client.get<SipListPage>(`/api/sips?${params.toString()}`);
    expect(page.status).toBe(200);
    pages.push(page.body);
    cursor = page.body.nextCursor;
  } while (cursor);
  return pages;
}
