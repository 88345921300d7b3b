/**
 * One browser's cookie jar over both sites, following no redirect by itself. Cookies are kept by name only: a
 * provider's and Samplan's never share a name, and sending every cookie everywhere makes a test of what a route
 * refuses stronger than a browser keeping to cookie paths would.
 */
export class Browser {
  readonly cookies = new Map<string, string>();
  /** The latest Set-Cookie line for each name, to check the attributes a cookie was set with. */
  readonly cookieLines = new Map<string, string>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0)
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      this.cookieLines.set(name, line);
      if (value && !/expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return response;
  }
}
