import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, vi } from 'vitest';
import '../i18n/index.js';

// happy-dom gives a table its rows but not a table section its own (`thead.rows`), which TableWrap reads to label
// each cell with its column on a phone.
if (!('rows' in HTMLTableSectionElement.prototype)) {
  Object.defineProperty(HTMLTableSectionElement.prototype, 'rows', {
    get(this: HTMLTableSectionElement) {
      return this.querySelectorAll(':scope > tr');
    },
  });
}

// happy-dom gives a select no `size` (browsers reflect the attribute, 0 when absent), by which react-hook-form tells
// a list box from a drop-down; without it a drop-down looks chosen by hand and its default value is not set.
if (!('size' in HTMLSelectElement.prototype)) {
  Object.defineProperty(HTMLSelectElement.prototype, 'size', {
    get(this: HTMLSelectElement) {
      return Number(this.getAttribute('size') ?? 0);
    },
  });
}

/**
 * Renders a piece of the web as the app does: with its query client, a router (at `address`) and the words
 * loaded (Swedish).
 */
export function renderWeb(ui: ReactNode, address = '/'): RenderResult {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[address]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
}

export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

/**
 * Stands in for the server: each request is recorded and answered by `answer` — a JSON body with a status, as
 * the API would send it.
 */
export function answerRequests(
  answer: (request: SentRequest) => { status: number; body: unknown },
): SentRequest[] {
  const sent: SentRequest[] = [];
  vi.stubGlobal('fetch', (path: string, init: RequestInit = {}) => {
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const request = { method: init.method ?? 'GET', path, body };
    sent.push(request);
    const answered = answer(request);
    const type = answered.status >= 400 ? 'application/problem+json' : 'application/json';
    return Promise.resolve(
      new Response(JSON.stringify(answered.body), {
        status: answered.status,
        headers: { 'content-type': type },
      }),
    );
  });
  return sent;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
