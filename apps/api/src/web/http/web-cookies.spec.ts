import { describe, it } from 'node:test';
import { expect } from 'expect';
import { WebCookies } from './web-cookies';

describe('WebCookies', () => {
  it('names the session cookie __Host-sid and makes every cookie Secure when the site is served over https', () => {
    const cookies = new WebCookies('https://jobs.example.com');
    expect(cookies.names.session).toBe('__Host-sid');
    expect(cookies.options).toEqual({ path: '/', httpOnly: true, sameSite: 'lax', secure: true });
  });

  it('keeps the plain names, still HttpOnly and SameSite=Lax, on http (local development)', () => {
    const cookies = new WebCookies('http://localhost:3000');
    expect(cookies.names).toEqual({ session: 'sid', csrf: 'csrf', flash: 'flash' });
    expect(cookies.options).toEqual({ path: '/', httpOnly: true, sameSite: 'lax', secure: false });
  });
});
