export interface WebResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The Location of a redirect, as sent. */
  location: string | null;
}

/** Headers a browser adds to a form post from a page of the site itself. */
export interface PostHeaders {
  origin?: string | null;
  'sec-fetch-site'?: string | null;
}

const CSRF_INPUT = /<input type="hidden" name="_csrf" value="([^"]*)"/;

/**
 * A browser without a browser, for HTTP tests of the pages: keeps the cookies the site sets, never follows
 * redirects (a test reads them), posts forms urlencoded with the Origin and Sec-Fetch-Site a browser sends.
 */
export class WebClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  get(path: string, headers: Record<string, string> = {}): Promise<WebResponse> {
    return this.send('GET', path, undefined, headers);
  }

  /** A form post as the site's own page sends it (override or drop `origin` / `sec-fetch-site` to forge one). */
  post(path: string, fields: Record<string, string>, headers: PostHeaders = {}): Promise<WebResponse> {
    const sent: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    const origin = headers.origin === undefined ? new URL(this.baseUrl).origin : headers.origin;
    const site = headers['sec-fetch-site'] === undefined ? 'same-origin' : headers['sec-fetch-site'];
    if (origin !== null) sent.origin = origin;
    if (site !== null) sent['sec-fetch-site'] = site;
    return this.send('POST', path, new URLSearchParams(fields).toString(), sent);
  }

  /** Opens `page`, takes the CSRF token of its first form and posts `fields` with it to `action`. */
  async submit(page: string, action: string, fields: Record<string, string>): Promise<WebResponse> {
    const form = await this.get(page);
    return this.post(action, { _csrf: csrfTokenOf(form.text), ...fields });
  }

  private async send(method: string, path: string, body: string | undefined, headers: Record<string, string>): Promise<WebResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      body,
      redirect: 'manual',
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) this.keep(line);
    return { status: response.status, headers: response.headers, text: await response.text(), location: response.headers.get('location') };
  }

  private keep(setCookie: string): void {
    const [pair, ...attributes] = setCookie.split(';').map((part) => part.trim());
    const split = pair!.indexOf('=');
    const name = pair!.slice(0, split);
    const expired = attributes.some(
      (attribute) => /^max-age=0$/i.test(attribute) || (/^expires=/i.test(attribute) && Date.parse(attribute.slice(8)) <= Date.now()),
    );
    if (expired) this.cookies.delete(name);
    else this.cookies.set(name, pair!.slice(split + 1));
  }
}

/** The CSRF token of the first form of a page. */
export function csrfTokenOf(html: string): string {
  const match = CSRF_INPUT.exec(html);
  if (!match) throw new Error('the page has no form with a CSRF token');
  return match[1]!;
}
