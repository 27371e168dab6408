import { CookieSerializeOptions } from '@fastify/cookie';

export interface WebCookieNames {
  session: string;
  csrf: string;
  flash: string;
}

/** Cookie names and attributes: `__Host-` and `Secure` when the site is served over https. */
export class WebCookies {
  readonly names: WebCookieNames;
  readonly options: CookieSerializeOptions;

  constructor(appUrl: string) {
    const secure = appUrl.startsWith('https:');
    const prefix = secure ? '__Host-' : '';
    this.names = { session: `${prefix}sid`, csrf: `${prefix}csrf`, flash: `${prefix}flash` };
    this.options = { path: '/', httpOnly: true, sameSite: 'lax', secure };
  }
}
