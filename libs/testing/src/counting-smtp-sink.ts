import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface AcceptedMail {
  to: string[];
  messageId: string;
  /** Only the header block (or the whole message when `keepRaw`). */
  head: string;
  raw?: string;
}

/**
 * A real SMTP server on loopback for high volumes: keeps headers (not bodies, unless asked) and
 * counts per recipient. A mail counts as delivered only once the 250 reply went out while its
 * client was still connected, as with a real MTA. `freeze()` holds every reply (a client killed
 * meanwhile never gets one, so its mail is not delivered); `release()` answers them.
 */
export class CountingSmtpSink {
  readonly accepted: AcceptedMail[] = [];
  private readonly perRecipient = new Map<string, number>();
  private readonly closed = new Set<string>();
  private held: Array<() => void> = [];
  private frozen = false;
  private server?: SMTPServer;

  constructor(private readonly options: { keepRaw?: boolean; keepMails?: boolean } = {}) {}

  get url(): string {
    const port = (this.server?.server.address() as AddressInfo | null)?.port;
    if (!port) throw new Error('SMTP sink is not listening');
    return `smtp://127.0.0.1:${port}`;
  }

  get count(): number {
    let total = 0;
    for (const value of this.perRecipient.values()) total += value;
    return total;
  }

  countFor(address: string): number {
    return this.perRecipient.get(address) ?? 0;
  }

  recipients(): Map<string, number> {
    return new Map(this.perRecipient);
  }

  freeze(): void {
    this.frozen = true;
  }

  release(): void {
    this.frozen = false;
    this.held.splice(0).forEach((answer) => answer());
  }

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      size: 10 * 1024 * 1024,
      onClose: (session) => {
        this.closed.add(session.id);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        let headBytes = 0;
        stream.on('data', (chunk: Buffer) => {
          if (this.options.keepRaw || headBytes < 16_384) chunks.push(chunk);
          headBytes += chunk.length;
        });
        stream.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const head = text.split(/\r?\n\r?\n/)[0] ?? '';
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          const answer = () => {
            if (this.closed.has(session.id)) return callback(new Error('client went away'));
            const messageId = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? '';
            if (this.options.keepMails !== false)
              this.accepted.push({ to, messageId, head, ...(this.options.keepRaw ? { raw: text } : {}) });
            for (const address of to) this.perRecipient.set(address, (this.perRecipient.get(address) ?? 0) + 1);
            callback();
          };
          if (this.frozen) this.held.push(answer);
          else answer();
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** Resolves once at least `count` mails were accepted in total (or rejects after `timeoutMs`). */
  async waitForCount(count: number, timeoutMs = 60_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.count < count) {
      if (performance.now() > deadline) throw new Error(`expected ${count} mail(s), got ${this.count}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async stop(): Promise<void> {
    this.release();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
