import { describe, it } from 'node:test';
import { expect } from 'expect';
import { FastifyRequest } from 'fastify';
import { isFromOwnOrigin } from './same-origin';

const request = (headers: Record<string, string>) => ({ headers, protocol: 'http', host: 'board.test:3000' }) as unknown as FastifyRequest;

describe('isFromOwnOrigin', () => {
  it('takes our own origin and same-origin fetches, and a form post whose Origin the referrer policy turned into null', () => {
    expect(isFromOwnOrigin(request({ origin: 'http://board.test:3000', 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isFromOwnOrigin(request({ origin: 'null', 'sec-fetch-site': 'same-origin' }), { requireSignal: true })).toBe(true);
    expect(isFromOwnOrigin(request({}))).toBe(true);
  });

  it('refuses another origin or port, a cross-site or same-site fetch, a null Origin without a same-origin fetch, and silence when a signal is required', () => {
    expect(isFromOwnOrigin(request({ origin: 'http://board.test:4000' }))).toBe(false);
    expect(isFromOwnOrigin(request({ 'sec-fetch-site': 'same-site' }))).toBe(false);
    expect(isFromOwnOrigin(request({ 'sec-fetch-site': 'cross-site', origin: 'null' }))).toBe(false);
    expect(isFromOwnOrigin(request({ origin: 'null' }))).toBe(false);
    expect(isFromOwnOrigin(request({}), { requireSignal: true })).toBe(false);
  });
});
