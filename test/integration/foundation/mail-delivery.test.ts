import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MailService, renderMailLayout } from '@app/mail';
import { QueueName } from '@app/queue';
import { decodeMailText, SmtpSink, startTestEnvironment, TestEnvironment, until } from '@app/testing';

const message = (to: string) => ({
  to,
  ...renderMailLayout({
    subject: 'Welcome aboard',
    heading: 'Hello <friend>',
    paragraphs: ['Your account is ready.'],
    action: { label: 'Open the board', url: 'https://jobs.example/start' },
  }),
});

describe('mail over SMTP', () => {
  const sink = new SmtpSink();
  let env: TestEnvironment;

  before(async () => {
    await sink.start();
    env = await startTestEnvironment({ worker: true, env: { SMTP_URL: sink.url } });
  });
  after(async () => {
    await env.close();
    await sink.stop();
  });

  it('delivers a queued mail to the SMTP server as multipart text + HTML', async () => {
    const id = await env.api.app.get(MailService, { strict: false }).queueMail(message('seeker@example.test'));
    const [mail] = await sink.waitFor((m) => m.to.includes('seeker@example.test'));
    expect(mail!.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(mail!.raw).toMatch(/Content-Type: text\/plain/i);
    expect(mail!.raw).toMatch(/Content-Type: text\/html/i);
    expect(mail!.raw).toContain('Subject: Welcome aboard');
    expect(decodeMailText(mail!.raw)).toContain('Hello &lt;friend&gt;');
    await until(
      'the mail marked sent',
      async () => (await env.api.dataSource.query('SELECT status FROM outbound_mail WHERE id = $1', [id]))[0].status === 'sent',
      15_000,
    );
    const [stored] = await env.api.dataSource.query('SELECT text, html FROM outbound_mail WHERE id = $1', [id]);
    expect(stored).toEqual({ text: '', html: '' });
    const metrics = await env.api.http.get('/metrics');
    expect(metrics.text).toContain('mail_sent_total{outcome="sent"} 1');
  });

  it('logs and skips a job whose name no handler knows, instead of failing it', async () => {
    const queue = env.api.app.get<Queue>(getQueueToken(QueueName.Mail), { strict: false });
    const job = await queue.add('mystery.job' as never, {});
    await until('the job completed', async () => (await job.getState()) === 'completed', 15_000);
    expect((await queue.getJob(job.id!))?.failedReason).toBeFalsy();
  });
});

describe('mail without SMTP_URL', () => {
  let env: TestEnvironment;

  before(async () => {
    env = await startTestEnvironment({ worker: true });
  });
  after(async () => {
    rmSync(env.config.mail.outboxDir, { recursive: true, force: true });
    await env.close();
  });

  it('writes an .eml file to the outbox directory', async () => {
    const id = await env.api.app.get(MailService, { strict: false }).queueMail(message('reader@example.test'));
    const file = join(env.config.mail.outboxDir, `${id}.eml`);
    await until('the mail file written', () => existsSync(file), 15_000);
    const raw = readFileSync(file, 'utf8');
    expect(raw).toContain('To: reader@example.test');
    expect(raw).toMatch(/multipart\/alternative/i);
  });
});
