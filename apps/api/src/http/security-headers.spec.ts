import { describe, it } from 'node:test';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { expect } from 'expect';
import helmet from 'helmet';
import { helmetHeaders } from './security-headers';

describe('helmetHeaders', () => {
  it('records exactly what helmet sets on a real response', () => {
    const options = { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'] } } };
    const request = new IncomingMessage(new Socket());
    const response = new ServerResponse(request);
    helmet(options)(request, response, () => undefined);
    const expected = Object.fromEntries(Object.entries(response.getHeaders()).map(([name, value]) => [name, String(value)]));
    expect(helmetHeaders(options)).toEqual(expected);
    expect(Object.keys(expected).length).toBeGreaterThan(8);
  });
});
