/** A minimal HTTP client for the API with its own cookie, like one browser of one user. */
export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class ApiClient {
  /** The cookies the server set, by name, as a browser keeps them. */
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const { status, text, headers: received } = await this.requestText(method, path, body, headers);
    return { status, body: (text ? JSON.parse(text) : {}) as T, headers: received };
  }

  /** The answer as text, for what is not JSON (a CSV export). */
  async requestText(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; text: string; headers: Headers }> {
    const response = await this.requestRaw(method, path, body, headers);
    // Decoded as sent: a byte-order mark is part of what is checked.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    return { status: response.status, text, headers: response.headers };
  }

  /** The answer itself, its body unread, for what is neither JSON nor text (a workbook). */
  async requestRaw(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const init: RequestInit = { method, headers: { ...headers } };
    const sent = init.headers as Record<string, string>;
    if (this.cookies.size > 0) {
      sent.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    // Like the web app: the CSRF cookie's value echoed in a header on every state change, unless a test sets it.
    // On the individual's side the token is that side's own (samplan_person_csrf).
    const csrf = this.cookies.get(path.startsWith('/api/person/') ? 'samplan_person_csrf' : 'samplan_csrf');
    if (csrf && stateChanging.has(method.toUpperCase())) sent['x-csrf-token'] ??= decodeURIComponent(csrf);
    if (body !== undefined) {
      sent['content-type'] ??= 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, init);
    const setCookie = response.headers.getSetCookie();
    for (const line of setCookie) {
      const [pair] = line.split(';');
      if (!pair) continue;
      const separator = pair.indexOf('=');
      if (separator <= 0) continue;
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      // An emptied cookie is how the server clears one.
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return response;
  }

  /** Sets a cookie as if the server had, for a session begun outside HTTP (test/support/personSession.ts). */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = Record<string, unknown>>(path: string, body: unknown = {}) {
    return this.request<T>('POST', path, body);
  }
  put<T = Record<string, unknown>>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }

  async login(username: string, password: string): Promise<ApiResponse> {
    const response = await this.post('/api/auth/login', { username, password });
    if (response.status !== 200) throw new Error(`login as ${username} failed: ${response.status}`);
    return response;
  }
}
