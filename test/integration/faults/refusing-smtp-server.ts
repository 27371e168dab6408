import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpTry {
  to: string;
  at: number;
  reply: number;
}

/**
 * A real SMTP server on loopback that refuses every recipient with 421 and 451 in turn while `refusing`, refuses the
 * addresses in `bounces` with a permanent 550 always, and otherwise accepts and keeps each message's Message-ID.
 */
export class RefusingSmtpServer {
  refusing = true;
  readonly tries: SmtpTry[] = [];
  readonly delivered: Array<{ to: string[]; messageId: string }> = [];
  private server?: SMTPServer;

  constructor(private readonly bounces: string[] = []) {}

  get url(): string {
    const port = (this.server?.server.address() as AddressInfo | null)?.port;
    if (!port) throw new Error('SMTP server is not listening');
    return `smtp://127.0.0.1:${port}`;
  }

  triesOf(address: string): SmtpTry[] {
    return this.tries.filter((t) => t.to === address);
  }

  deliveredTo(address: string): number {
    return this.delivered.filter((mail) => mail.to.includes(address)).length;
  }

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const to = address.address;
        const refuse = (reply: number, message: string) => {
          this.tries.push({ to, at: Date.now(), reply });
          callback(Object.assign(new Error(message), { responseCode: reply }));
        };
        if (this.bounces.includes(to)) return refuse(550, 'No such mailbox here');
        if (this.refusing) {
          const reply = this.triesOf(to).length % 2 === 0 ? 451 : 421;
          return refuse(reply, reply === 421 ? 'Service not available, closing channel' : 'Try again later');
        }
        this.tries.push({ to, at: Date.now(), reply: 250 });
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const head =
            Buffer.concat(chunks)
              .toString('utf8')
              .split(/\r?\n\r?\n/)[0] ?? '';
          this.delivered.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            messageId: /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? '',
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
