import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps every message it accepts. */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  private server?: SMTPServer;
  private waiters: Array<() => void> = [];

  get url(): string {
    const port = (this.server?.server.address() as AddressInfo | null)?.port;
    if (!port) throw new Error('SMTP sink is not listening');
    return `smtp://127.0.0.1:${port}`;
  }

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          this.waiters.splice(0).forEach((wake) => wake());
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** Resolves once `count` messages matching `predicate` arrived (or rejects after `timeoutMs`). */
  async waitFor(predicate: (mail: ReceivedMail) => boolean = () => true, count = 1, timeoutMs = 15_000): Promise<ReceivedMail[]> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.messages.filter(predicate);
      if (found.length >= count) return found;
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`expected ${count} mail(s), got ${found.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((mail) => mail.to.includes(address));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** Quoted-printable text decoded: soft line breaks removed, `=XX` escapes taken as UTF-8 bytes. */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * The raw message with every base64 or quoted-printable body decoded in place (headers kept), so a test can search
 * a mail's text whatever transfer encoding the transport chose.
 */
export function decodeMailText(raw: string): string {
  const boundaries = [...raw.matchAll(/boundary="?([^";\r\n]+)"?/gi)].map((match) => match[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const end = boundaries.length > 0 ? `(?=\\r?\\n--(?:${boundaries.join('|')})|$)` : '(?=$)';
  const part = new RegExp(
    `(Content-Transfer-Encoding:[ \\t]*(base64|quoted-printable)\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n)([\\s\\S]*?)${end}`,
    'gi',
  );
  return raw.replace(
    part,
    (_match, head: string, encoding: string, body: string) =>
      head +
      (encoding.toLowerCase() === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : decodeQuotedPrintable(body)),
  );
}
