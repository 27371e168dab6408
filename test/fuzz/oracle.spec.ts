import { describe, it } from 'node:test';
import { expect } from 'expect';
import { findLeaks, judge } from './oracle';

const problem = (status: number) => ({
  status,
  contentType: 'application/problem+json; charset=utf-8',
  body: JSON.stringify({ type: 'urn:jobboard:problem:bad-input', title: 'Bad Request', status, detail: 'q: must be text' }),
  ms: 5,
});

describe('fuzz oracle', () => {
  it('accepts a problem+json error and a JSON success of the API', () => {
    expect(judge('api', problem(400))).toEqual([]);
    expect(judge('api', { status: 200, contentType: 'application/json', body: '{"items":[]}', ms: 3 })).toEqual([]);
  });

  it('fails a 5xx, a slow answer and a missing response', () => {
    expect(judge('api', problem(503))).toEqual(['server error 503']);
    expect(judge('api', { ...problem(404), ms: 2_500 })).toEqual(['slow: 2500 ms']);
    expect(judge('api', { status: 0, contentType: '', body: '', ms: 1, error: 'ECONNRESET' })).toEqual([
      'no complete response (ECONNRESET)',
    ]);
  });

  it('fails an API error that is plain JSON or text, or whose problem body misstates its status', () => {
    const plain = { status: 400, contentType: 'application/json', body: '{"statusCode":400,"error":"Bad Request"}', ms: 1 };
    expect(judge('api', plain)).toEqual(['error 400 is application/json, not application/problem+json']);
    expect(judge('api', { ...problem(400), status: 414 })[0]).toMatch(/misstates status/);
    expect(judge('api', { status: 431, contentType: 'text/plain', body: 'too big', ms: 1 })[0]).toMatch(/not application\/problem\+json/);
  });

  it('fails a page that answers anything but HTML, and accepts its HTML error page', () => {
    expect(judge('page', { status: 404, contentType: 'text/html; charset=utf-8', body: '<h1>Not found</h1>', ms: 1 })).toEqual([]);
    expect(judge('page', problem(404))[0]).toMatch(/not text\/html/);
    expect(judge('page', { status: 303, contentType: '', body: '', ms: 1 })).toEqual([]);
  });

  it('finds stack frames, SQL and driver errors, but not what the request itself sent', () => {
    expect(findLeaks('Error: boom\n    at JobsService.list (/app/dist/libs/jobs/src/x.js:10:5)')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^leaks stack frame/), expect.stringMatching(/^leaks source file position/)]),
    );
    expect(findLeaks('QueryFailedError: invalid byte sequence for encoding "UTF8": 0x00')).toHaveLength(2);
    expect(findLeaks('detail: SELECT id FROM users WHERE x')).toEqual([expect.stringMatching(/^leaks SQL text/)]);
    expect(findLeaks('<title>SELECT anything FROM here</title>', '?q=SELECT anything FROM here')).toEqual([]);
    expect(findLeaks('{"items":[],"nextCursor":null}')).toEqual([]);
  });
});
