import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Socket } from 'node:net';
import { exchangeRaw, startTestEnvironment, TestEnvironment } from '@app/testing';

const THREE_MB = 3 * 1024 * 1024;

/** Writes `total` bytes of body in 64 KB pieces, one every `everyMs`: a client on a slower link than loopback. */
function slowly(head: string, total: number, everyMs: number) {
  return (socket: Socket) => {
    socket.write(head);
    let sent = 0;
    const timer = setInterval(() => {
      if (socket.destroyed || sent >= total) return clearInterval(timer);
      const size = Math.min(65_536, total - sent);
      socket.write('x'.repeat(size), () => undefined);
      sent += size;
    }, everyMs);
    socket.on('close', () => clearInterval(timer));
  };
}

describe('a request body over the 1 MB limit', () => {
  let env: TestEnvironment;

  before(async () => {
    env = await startTestEnvironment();
  });
  after(() => env.close());

  it('reads 413 thirty times out of thirty when fetch posts 3 MB of JSON', async () => {
    const body = JSON.stringify({ data: 'x'.repeat(THREE_MB) });
    const outcomes: Array<number | string> = [];
    for (let i = 0; i < 30; i++) {
      try {
        const response = await fetch(`${env.api.http.baseUrl}/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        expect(JSON.parse(await response.text())).toMatchObject({ status: 413 });
        outcomes.push(response.status);
      } catch (error) {
        outcomes.push(String((error as { cause?: { code?: string } }).cause?.code ?? error));
      }
    }
    expect(outcomes).toEqual(Array.from({ length: 30 }, () => 413));
  });

  it('lets a slow client finish sending and read the 413 instead of a reset', async () => {
    const head = `POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${THREE_MB}\r\n\r\n`;
    const response = await exchangeRaw(env.api.port, slowly(head, THREE_MB, 2));
    expect(response.error).toBeUndefined();
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('reads 413 for a chunked body that grows past the limit while it streams', async () => {
    const chunk = `10000\r\n${'x'.repeat(65_536)}\r\n`;
    const head = 'POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
    const response = await exchangeRaw(env.api.port, (socket) => {
      socket.write(head);
      let sent = 0;
      const timer = setInterval(() => {
        if (socket.destroyed) return clearInterval(timer);
        if (sent === 48) {
          socket.write('0\r\n\r\n');
          return clearInterval(timer);
        }
        socket.write(chunk, () => undefined);
        sent += 1;
      }, 2);
    });
    expect(response.error).toBeUndefined();
    expect(response.status).toBe(413);
  });

  it('answers at once, without reading it, a body declared larger than it is willing to drain', async () => {
    const started = Date.now();
    const response = await exchangeRaw(env.api.port, (socket) => {
      socket.write(
        `POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${100 * 1024 * 1024}\r\n\r\n`,
      );
      socket.write('x'.repeat(1024));
    });
    expect(response.status).toBe(413);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
