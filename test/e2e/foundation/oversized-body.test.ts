import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Socket } from 'node:net';
import { exchangeRaw, startTestEnvironment, TestEnvironment } from '@app/testing';

const THREE_MB = 3 * 1024 * 1024;

/**
 * A client on a slower link than loopback: writes the head with the first piece of body, then one more piece
 * every `everyMs`, counting what it got written. Body bytes are in flight when the server answers; the server
 * must read them all before it closes, or the kernel resets the socket and the answer can be lost with it.
 */
function slowClient(head: string, pieces: string[], everyMs: number) {
  const state = { written: 0, failed: 0, write: (_socket: Socket): void => undefined };
  state.write = (socket: Socket) => {
    const next = () => {
      const piece = pieces[state.written];
      if (piece === undefined || socket.destroyed) return clearInterval(timer);
      socket.write(piece, (error) => (error ? (state.failed += 1) : undefined));
      state.written += 1;
    };
    socket.write(head);
    next();
    const timer = setInterval(next, everyMs);
    socket.on('close', () => clearInterval(timer));
  };
  return state;
}

const PIECE = 'x'.repeat(65_536);

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

  it('reads the whole body of a slow client before answering 413, so the client never sees a reset', async () => {
    const head = `POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${THREE_MB}\r\n\r\n`;
    const client = slowClient(
      head,
      Array.from({ length: THREE_MB / PIECE.length }, () => PIECE),
      5,
    );
    const response = await exchangeRaw(env.api.port, client.write);
    expect(response.error).toBeUndefined();
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect({ written: client.written, failed: client.failed }).toEqual({ written: 48, failed: 0 });
  });

  it('reads to its end a chunked body that grows past the limit while it streams, then answers 413', async () => {
    const head = 'POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
    const chunks = [...Array.from({ length: 48 }, () => `10000\r\n${PIECE}\r\n`), '0\r\n\r\n'];
    const client = slowClient(head, chunks, 5);
    const response = await exchangeRaw(env.api.port, client.write);
    expect(response.error).toBeUndefined();
    expect(response.status).toBe(413);
    expect({ written: client.written, failed: client.failed }).toEqual({ written: 49, failed: 0 });
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
