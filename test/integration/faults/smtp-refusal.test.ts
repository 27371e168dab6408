import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { MailService } from '@app/mail';
import { startTestEnvironment, TestEnvironment, sleep, until } from '@app/testing';
import { RefusingSmtpServer } from './refusing-smtp-server';

/* The minute, with the production backoff (8 tries, exponential from 2 s: 0, 2, 6, 14, 30, 62 s, …). */
const REFUSAL_MS = 60_000;
const MAILS = 8;
const BOUNCE = 'nobody@faults.test';

describe('SMTP refusing for a minute, then accepting', () => {
  const smtp = new RefusingSmtpServer([BOUNCE]);
  let env: TestEnvironment;

  before(async () => {
    await smtp.start();
    env = await startTestEnvironment({ worker: true, env: { SMTP_URL: smtp.url } });
  });
  after(async () => {
    await env?.close();
    await smtp.stop();
  });

  it(
    'delivers every mail exactly once afterwards, with growing waits between tries; a 550 marks that mail failed at once',
    { timeout: 180_000 },
    async () => {
      const mail = env.api.app.get(MailService, { strict: false });
      const addresses = Array.from({ length: MAILS }, (_, i) => `reader${i}@faults.test`);
      const ids: string[] = [];
      for (const to of [...addresses, BOUNCE])
        ids.push(await mail.queueMail({ to, subject: `For ${to}`, text: 'Hello', html: '<p>Hello</p>' }));
      const refusedFrom = Date.now();

      const bounced = await until('the 550 recorded', async () => {
        const [row] = await env.api.dataSource.query(`SELECT status, attempts, last_error FROM outbound_mail WHERE to_address = $1`, [
          BOUNCE,
        ]);
        return row?.status === 'failed' ? row : null;
      });
      await sleep(REFUSAL_MS - (Date.now() - refusedFrom));
      smtp.refusing = false;
      const acceptedFrom = Date.now();

      await until('every mail delivered', () => smtp.delivered.length >= MAILS, 90_000);
      const deliveredAfterMs = Date.now() - acceptedFrom;
      await sleep(3_000); // a second copy would come by now
      const rows: Array<{ to_address: string; status: string; attempts: number }> = await env.api.dataSource.query(
        `SELECT to_address, status, attempts FROM outbound_mail WHERE id = ANY($1) ORDER BY to_address`,
        [ids],
      );
      const metrics = (await env.api.http.get('/metrics')).text;
      const counter = (outcome: string) => Number(new RegExp(`mail_sent_total\\{outcome="${outcome}"\\} (\\d+)`).exec(metrics)?.[1] ?? 0);
      const triesPerMail = addresses.map((to) => smtp.triesOf(to).length);
      const waits = addresses.map((to) => gaps(smtp.triesOf(to).map((t) => t.at)));
      const figures = {
        refusalSeconds: REFUSAL_MS / 1000,
        mailsQueued: MAILS,
        mailsDelivered: smtp.delivered.length,
        deliveredWithinMsOfAccepting: deliveredAfterMs,
        triesPerMail,
        refusals: smtp.tries.filter((t) => t.reply === 421 || t.reply === 451).length,
        waitsBetweenTriesSeconds: waits[0]!.map((ms) => Math.round(ms / 100) / 10),
        bounceTries: smtp.triesOf(BOUNCE).length,
        metrics: { sent: counter('sent'), deferred: counter('deferred'), failed: counter('failed') },
      };
      console.log(`smtp refusal figures ${JSON.stringify(figures)}`);

      // Exactly once each, and only after the server accepted again.
      expect(addresses.map((to) => smtp.deliveredTo(to))).toEqual(Array(MAILS).fill(1));
      expect(new Set(smtp.delivered.map((m) => m.messageId)).size).toBe(MAILS);
      expect(rows.filter((row) => row.to_address !== BOUNCE).every((row) => row.status === 'sent')).toBe(true);
      // Backoff: several tries during the minute, each wait longer than the one before, the first about 2 s.
      for (const [i, mailWaits] of waits.entries()) {
        expect({ mail: i, tries: triesPerMail[i]! >= 5 }).toEqual({ mail: i, tries: true });
        expect(mailWaits[0]!).toBeGreaterThanOrEqual(1_900);
        for (let k = 1; k < mailWaits.length; k += 1) expect(mailWaits[k]!).toBeGreaterThan(mailWaits[k - 1]! * 1.3);
      }
      // The permanent refusal: tried once, failed, counted.
      expect(smtp.triesOf(BOUNCE)).toHaveLength(1);
      expect(bounced).toMatchObject({ status: 'failed', attempts: 1 });
      expect(bounced.last_error).toContain('550');
      expect(smtp.deliveredTo(BOUNCE)).toBe(0);
      expect(figures.metrics).toEqual({
        sent: MAILS,
        deferred: smtp.tries.filter((t) => t.reply === 421 || t.reply === 451).length,
        failed: 1,
      });
    },
  );
});

function gaps(times: number[]): number[] {
  return times.slice(1).map((at, i) => at - times[i]!);
}
