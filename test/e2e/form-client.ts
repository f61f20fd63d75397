/**
 * An in-process "browser without JavaScript" for workspace tests: keeps cookies, reads the
 * CSRF token from the page's form and posts forms as a browser does (urlencoded, Accept:
 * text/html). It does not follow redirects, so tests can see where a form sends the user.
 */
import type { App } from '../../src/http/app.ts';
import type { Tenant } from '../../src/tenants/tenant.ts';

export interface PageResponse {
  status: number;
  text: string;
  headers: Headers;
  location: string | null;
}

export class FormClient {
  readonly cookies = new Map<string, string>();
  /** CSRF token of the last page that had a form. */
  csrf: string | undefined;

  constructor(
    private readonly app: App,
    readonly tenant: Tenant,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  private cookieHeader(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim()) || /expires=Thu, 01 Jan 1970/i.test(a.trim()));
      if (expired || value.join('=') === '') this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
  }

  async request(method: string, path: string, body?: URLSearchParams | FormData, headers: Record<string, string> = {}): Promise<PageResponse> {
    const all: Record<string, string> = { host: this.tenant.hostnames[0]!, accept: 'text/html', ...this.extraHeaders, ...headers };
    const cookie = this.cookieHeader();
    if (cookie) all.cookie = cookie;
    if (body instanceof URLSearchParams) all['content-type'] = 'application/x-www-form-urlencoded';
    const res = await this.app.request(`http://${all.host}${path}`, { method, headers: all, body });
    this.remember(res);
    const text = await res.text();
    const token = /name="_csrf" value="([^"]*)"/.exec(text)?.[1];
    if (token) this.csrf = token;
    return { status: res.status, text, headers: res.headers, location: res.headers.get('location') };
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request('GET', path, undefined, headers);
  }

  /** Posts a form with the current CSRF token (unless the fields give their own `_csrf`). */
  post(path: string, fields: Record<string, string | string[]> = {}, headers: Record<string, string> = {}) {
    const body = new URLSearchParams();
    if (!('_csrf' in fields) && this.csrf) body.set('_csrf', this.csrf);
    for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    return this.request('POST', path, body, headers);
  }

  /** Signs in through the sign-in form, as a person would. */
  async signIn(email: string, password: string) {
    await this.get('/arbete/logga-in');
    const res = await this.post('/arbete/logga-in', { email, password });
    if (res.status !== 303) throw new Error(`sign-in failed: ${res.status} ${res.text.slice(0, 500)}`);
    await this.get(res.location!);
    return this;
  }
}

/** The value of an input in a page, by name. */
export function inputValue(html: string, name: string): string | undefined {
  const tag = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0];
  return tag ? /value="([^"]*)"/.exec(tag)?.[1] : undefined;
}

/** Visible text of a page, roughly: tags dropped, entities of quotes and ampersands decoded. */
export function pageText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}
