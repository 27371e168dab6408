import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { MailOutboxSweep, MailService, STRANDED_MAIL_SQL } from '@app/mail';
import { nodesOf, SmtpSink, startTestEnvironment, TestEnvironment, until } from '@app/testing';

describe('the mail outbox sweep', () => {
  const sink = new SmtpSink();
  let env: TestEnvironment;

  before(async () => {
    await sink.start();
    env = await startTestEnvironment({ worker: true, env: { SMTP_URL: sink.url } });
  });
  after(async () => {
    await env?.close();
    await sink.stop();
  });

  it('reads only the queued mails, through its partial index, however many were sent', async () => {
    const { dataSource } = env.api;
    await dataSource.query(
      `INSERT INTO outbound_mail (to_address, subject, text, html, status, created_at, sent_at)
       SELECT 'sent' || i || '@sweep.test', 'Sent', '', '', 'sent', now() - interval '1 day', now() FROM generate_series(1, 20000) i`,
    );
    await dataSource.query('ANALYZE outbound_mail');
    const [row] = await dataSource.query(`EXPLAIN (FORMAT JSON) ${STRANDED_MAIL_SQL}`, [30, 500]);
    const nodes = nodesOf(row['QUERY PLAN'][0].Plan);
    expect(nodes.flatMap((node) => (node['Index Name'] ? [node['Index Name']] : []))).toContain('outbound_mail_queued_idx');
    expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
  });

  it('queues again a mail stored but never queued, once, and leaves a mail whose job exists alone', async () => {
    const { dataSource } = env.api;
    const mail = env.api.app.get(MailService, { strict: false });
    const stranded = await mail.store({ to: 'stranded@sweep.test', subject: 'Stranded', text: 'Hi', html: '<p>Hi</p>' });
    const queued = await mail.queueMail({ to: 'queued@sweep.test', subject: 'Queued', text: 'Hi', html: '<p>Hi</p>' });
    await sink.waitFor((m) => m.to.includes('queued@sweep.test'));
    // The sink has the mail before the worker records it as sent; wait for that record, or it would undo ours below.
    const statusOf = async (id: string) => (await dataSource.query('SELECT status FROM outbound_mail WHERE id = $1', [id]))[0].status;
    await until('the queued mail marked sent', async () => (await statusOf(queued)) === 'sent', 15_000);
    await dataSource.query(`UPDATE outbound_mail SET created_at = now() - interval '1 minute' WHERE id = ANY($1)`, [[stranded, queued]]);
    // The queued mail's job exists (completed): even marked queued again, the sweep must not add a second job for it.
    await dataSource.query(`UPDATE outbound_mail SET status = 'queued' WHERE id = $1`, [queued]);

    const sweep = env.worker!.get(MailOutboxSweep);
    const first = await sweep.requeueStranded();
    await sink.waitFor((m) => m.to.includes('stranded@sweep.test'));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(first.requeued).toBe(2);
    expect(sink.to('stranded@sweep.test')).toHaveLength(1);
    expect(sink.to('queued@sweep.test')).toHaveLength(1);
    await sweep.requeueStranded();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(sink.to('stranded@sweep.test')).toHaveLength(1);
  });
});
