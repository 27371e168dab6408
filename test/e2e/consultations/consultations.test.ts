import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createSession, decodeMailText, Session } from '@app/testing';
import { BillingWorld, deliverAndWait, startBillingWorld, subscribedSeeker } from '../billing/billing-test-kit';
import { consultant, plusSeeker, startThread } from './consultations-test-kit';

describe('the career consultant', () => {
  let world: BillingWorld;
  let grace: Session;

  const threadLink = (id: string) => `${world.env.config.http.appUrl}/me/consultations/${id}`;

  before(async () => {
    world = await startBillingWorld();
    grace = await consultant(world.env, 'Grace Hopper');
  });
  after(() => world?.close());

  it('runs a thread: the seeker asks, the queue shows it, the consultant replies and is mailed, the seeker answers', async () => {
    const ada = await plusSeeker(world.env, 'Ada Lovelace');
    const started = await ada.http.post('/v1/me/consultations', {
      topic: '  Moving from QA to backend  ',
      message: 'I have tested APIs for three years.\r\nWhere do I start?\n\n',
    });
    expect(started.status).toBe(201);
    const id = started.body.id;
    expect(started.headers.get('location')).toBe(`/v1/me/consultations/${id}`);
    expect(started.body).toMatchObject({ topic: 'Moving from QA to backend', status: 'open', messageCount: 1, closedAt: null });
    expect(started.body.messages).toEqual([
      expect.objectContaining({
        author: 'seeker',
        authorName: 'Ada Lovelace',
        body: 'I have tested APIs for three years.\nWhere do I start?',
      }),
    ]);

    const queue = await grace.http.get('/v1/admin/consultations?status=open');
    expect(queue.status).toBe(200);
    const queued = queue.body.items.find((item: { id: string }) => item.id === id);
    expect(queued).toMatchObject({
      status: 'open',
      seeker: { id: ada.user.id, name: 'Ada Lovelace', email: ada.user.email },
      latestMessage: { author: 'seeker', body: 'I have tested APIs for three years.\nWhere do I start?' },
      waitingSince: started.body.messages[0].createdAt,
    });

    const reply = await grace.http.post(`/v1/admin/consultations/${id}/messages`, { message: 'Build one small service end to end.' });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('location')).toBe(`/v1/admin/consultations/${id}`);
    expect(reply.body).toMatchObject({ status: 'answered', waitingSince: null, messageCount: 2 });
    expect(reply.body.messages[1]).toMatchObject({
      author: 'consultant',
      authorName: 'Grace Hopper',
      body: 'Build one small service end to end.',
    });
    const audited = await world.env.api.dataSource.query(
      `SELECT actor_id AS "actorId", action, changes FROM audit_entries WHERE entity = 'consultation' AND entity_id = $1`,
      [id],
    );
    expect(audited).toEqual([
      { actorId: grace.user.id, action: 'consultation.reply', changes: { messageId: { to: reply.body.messages[1].id } } },
    ]);
    expect((await grace.http.get('/v1/admin/consultations?status=open')).body.items.map((item: { id: string }) => item.id)).not.toContain(
      id,
    );

    const [mail] = await world.sink.waitFor((m) => m.to.includes(ada.user.email));
    const text = decodeMailText(mail!.raw);
    expect(text).toContain('Subject: Grace Hopper replied: Moving from QA to backend');
    expect(text).toContain('Build one small service end to end.');
    expect(text).toContain(threadLink(id));
    expect(text).not.toContain('/v1/');

    const answer = await ada.http.post(`/v1/me/consultations/${id}/messages`, { message: 'Thanks! Go or Kotlin?' });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('location')).toBe(`/v1/me/consultations/${id}`);
    expect(answer.body).toMatchObject({ status: 'open', messageCount: 3 });
    expect(answer.body.waitingSince).toBe(answer.body.messages[2].createdAt);
    const waiting = (await grace.http.get('/v1/admin/consultations')).body.items.find((item: { id: string }) => item.id === id);
    expect(waiting).toMatchObject({ status: 'open', latestMessage: { author: 'seeker', body: 'Thanks! Go or Kotlin?' } });

    const seekerSide = (await ada.http.get(`/v1/me/consultations/${id}`)).body;
    const consultantSide = (await grace.http.get(`/v1/admin/consultations/${id}`)).body;
    const conversation = [
      ['seeker', 'Ada Lovelace', 'I have tested APIs for three years.\nWhere do I start?'],
      ['consultant', 'Grace Hopper', 'Build one small service end to end.'],
      ['seeker', 'Ada Lovelace', 'Thanks! Go or Kotlin?'],
    ];
    for (const side of [seekerSide, consultantSide]) {
      expect(side.messages.map((m: Record<string, string>) => [m.author, m.authorName, m.body])).toEqual(conversation);
    }
    expect(consultantSide.messages.map((m: { id: string }) => m.id)).toEqual(seekerSide.messages.map((m: { id: string }) => m.id));
    expect((await ada.http.get('/v1/me/consultations')).body).toMatchObject({
      items: [{ id, status: 'open', messageCount: 3, latestMessage: { body: 'Thanks! Go or Kotlin?' } }],
      nextCursor: null,
    });
  });

  it('refuses a Free seeker a thread with 403 naming Plus, and stores nothing', async () => {
    const free = await createSession(world.env.api);
    const response = await free.http.post('/v1/me/consultations', { topic: 'Salary talk', message: 'How do I ask for more?' });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.detail).toContain('Plus');
    expect((await free.http.get('/v1/me/consultations')).body).toEqual({ items: [], nextCursor: null });
    const [{ n }] = await world.env.api.dataSource.query('SELECT count(*)::int AS n FROM consultations WHERE user_id = $1', [free.user.id]);
    expect(n).toBe(0);
  });

  it('refuses a fourth open thread with 422 and the reason, and takes one again once a thread is closed', async () => {
    const seeker = await plusSeeker(world.env);
    const threads = [];
    for (const topic of ['First question', 'Second question', 'Third question']) threads.push(await startThread(seeker, topic));
    await grace.http.post(`/v1/admin/consultations/${threads[0].id}/messages`, { message: 'An answered thread is still open.' });
    const fourth = await seeker.http.post('/v1/me/consultations', { topic: 'Fourth question', message: 'One more?' });
    expect(fourth.status).toBe(422);
    expect(fourth.body.detail).toBe('You can have at most 3 open conversations with the consultant; close one to start another');
    expect((await seeker.http.post(`/v1/me/consultations/${threads[1].id}/close`)).body).toMatchObject({ status: 'closed' });
    expect((await seeker.http.post('/v1/me/consultations', { topic: 'Fourth question', message: 'One more?' })).status).toBe(201);
  });

  it('lets only one of two simultaneous threads take the last open place', async () => {
    const seeker = await plusSeeker(world.env);
    for (const topic of ['Question one', 'Question two']) await startThread(seeker, topic);
    const responses = await Promise.all(
      ['Race A', 'Race B', 'Race C'].map((topic) => seeker.http.post('/v1/me/consultations', { topic, message: 'Who wins?' })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 422, 422]);
    expect((await seeker.http.get('/v1/me/consultations')).body.items).toHaveLength(3);
  });

  it("answers 404 for another seeker's thread on every route, and 400 naming the id for one that is not a uuid", async () => {
    const owner = await plusSeeker(world.env);
    const thread = await startThread(owner, 'Private matter');
    const other = await plusSeeker(world.env);
    for (const response of [
      await other.http.get(`/v1/me/consultations/${thread.id}`),
      await other.http.post(`/v1/me/consultations/${thread.id}/messages`, { message: 'Let me in' }),
      await other.http.post(`/v1/me/consultations/${thread.id}/close`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.text).not.toContain('Private matter');
    }
    expect((await other.http.get('/v1/me/consultations')).body.items).toEqual([]);
    expect((await owner.http.get(`/v1/me/consultations/${thread.id}`)).body.status).toBe('open');
    for (const response of [await other.http.get('/v1/me/consultations/not-a-uuid'), await grace.http.get('/v1/admin/consultations/42')]) {
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
    }
    expect((await grace.http.get('/v1/admin/consultations/6f1c2a4e-0000-4000-8000-000000000001')).status).toBe(404);
  });

  it('keeps the consultant side for admins: a seeker gets 403 there, an admin cannot ask as a seeker', async () => {
    const seeker = await plusSeeker(world.env);
    expect((await seeker.http.get('/v1/admin/consultations')).status).toBe(403);
    const thread = await startThread(seeker, 'Reply to myself');
    expect((await seeker.http.post(`/v1/admin/consultations/${thread.id}/messages`, { message: 'Sure.' })).status).toBe(403);
    expect((await grace.http.post('/v1/me/consultations', { topic: 'Admin asks', message: 'Hello?' })).status).toBe(403);
  });

  it('checks what is written: trimmed, plain text, within the limits, no unknown fields, each refusal naming its field', async () => {
    const seeker = await plusSeeker(world.env);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ topic: 'OK topic', message: '   ' }, 'message'],
      [{ topic: 'OK topic', message: 'x'.repeat(5001) }, 'message'],
      [{ topic: 'OK topic', message: 'bell \u0007' }, 'message'],
      [{ topic: 'OK topic', message: 'null \u0000 byte' }, 'message'],
      [{ topic: 'Two\nlines', message: 'Hello' }, 'topic'],
      [{ topic: 'ab', message: 'Hello' }, 'topic'],
      [{ topic: 'x'.repeat(121), message: 'Hello' }, 'topic'],
      [{ topic: 'OK topic', message: 'Hello', status: 'answered' }, 'status'],
      [{ message: 'Hello' }, 'topic'],
    ];
    for (const [body, field] of cases) {
      const response = await seeker.http.post('/v1/me/consultations', body);
      expect({ body, status: response.status, fields: response.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
        body,
        status: 400,
        fields: expect.arrayContaining([field]),
      });
    }
    const thread = await startThread(seeker, 'Limits', 'x'.repeat(5000));
    expect(thread.messages[0].body).toHaveLength(5000);
    const tabbed = await seeker.http.post(`/v1/me/consultations/${thread.id}/messages`, { message: '\tindented\n  <b>kept as text</b>' });
    expect(tabbed.body.messages[1].body).toBe('indented\n  <b>kept as text</b>');
    expect((await grace.http.post(`/v1/admin/consultations/${thread.id}/messages`, { message: '' })).body.errors[0].field).toBe('message');
    const [{ n }] = await world.env.api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1`, [thread.id]);
    expect(n).toBe(0);
  });

  it('takes no message in a closed thread from either side (409), and closing again changes nothing', async () => {
    const seeker = await plusSeeker(world.env);
    const thread = await startThread(seeker, 'Done soon');
    const closed = await seeker.http.post(`/v1/me/consultations/${thread.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', waitingSince: null });
    expect(closed.body.closedAt).not.toBeNull();
    const again = await seeker.http.post(`/v1/me/consultations/${thread.id}/close`);
    expect(again.body.closedAt).toBe(closed.body.closedAt);
    expect((await seeker.http.post(`/v1/me/consultations/${thread.id}/messages`, { message: 'One more thing' })).status).toBe(409);
    const reply = await grace.http.post(`/v1/admin/consultations/${thread.id}/messages`, { message: 'Late reply' });
    expect(reply.status).toBe(409);
    expect(reply.body.detail).toBe('This conversation is closed');
    expect((await seeker.http.get(`/v1/me/consultations/${thread.id}`)).body.messageCount).toBe(1);
    const closedQueue = (await grace.http.get('/v1/admin/consultations?status=closed')).body.items;
    expect(closedQueue.map((item: { id: string }) => item.id)).toContain(thread.id);
  });

  it('keeps the history readable after a downgrade through Stripe and refuses new threads and messages with 403 naming Plus', async () => {
    const { session: seeker, subscriptionId } = await subscribedSeeker(world);
    const thread = await startThread(seeker, 'Before the downgrade');
    await grace.http.post(`/v1/admin/consultations/${thread.id}/messages`, { message: 'Here is my advice.' });
    await world.sink.waitFor((m) => m.to.includes(seeker.user.email));

    const canceled = world.stub.updateSubscription(subscriptionId, { status: 'canceled' });
    await deliverAndWait(world, 'customer.subscription.deleted', canceled);
    expect((await seeker.http.get('/v1/me')).body.plan).toBe('free');

    const read = await seeker.http.get(`/v1/me/consultations/${thread.id}`);
    expect(read.status).toBe(200);
    expect(read.body.messages.map((m: { body: string }) => m.body)).toEqual([
      'About Before the downgrade: where do I start?',
      'Here is my advice.',
    ]);
    expect((await seeker.http.get('/v1/me/consultations')).body.items.map((item: { id: string }) => item.id)).toEqual([thread.id]);
    for (const refused of [
      await seeker.http.post(`/v1/me/consultations/${thread.id}/messages`, { message: 'Still there?' }),
      await seeker.http.post('/v1/me/consultations', { topic: 'After the downgrade', message: 'Hello?' }),
    ]) {
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toBe('The career consultant comes with the Plus plan');
    }
    expect((await seeker.http.get(`/v1/me/consultations/${thread.id}`)).body.messageCount).toBe(2);
    expect((await seeker.http.post(`/v1/me/consultations/${thread.id}/close`)).body.status).toBe('closed');
  });

  it('orders the queue: waiting longest first (more words from a waiting seeker keep its place), answered latest first', async () => {
    const seekers = await Promise.all([plusSeeker(world.env), plusSeeker(world.env), plusSeeker(world.env)]);
    const [a, b, c] = [
      await startThread(seekers[0]!, 'Queue A'),
      await startThread(seekers[1]!, 'Queue B'),
      await startThread(seekers[2]!, 'Queue C'),
    ];
    await seekers[0]!.http.post(`/v1/me/consultations/${a.id}/messages`, { message: 'Also: remote?' });
    const order = async (status: string) =>
      (await grace.http.get(`/v1/admin/consultations?status=${status}&limit=100`)).body.items
        .map((item: { id: string }) => item.id)
        .filter((id: string) => [a.id, b.id, c.id].includes(id));
    expect(await order('open')).toEqual([a.id, b.id, c.id]);
    await grace.http.post(`/v1/admin/consultations/${b.id}/messages`, { message: 'Answer B' });
    await grace.http.post(`/v1/admin/consultations/${a.id}/messages`, { message: 'Answer A' });
    expect(await order('open')).toEqual([c.id]);
    expect(await order('answered')).toEqual([a.id, b.id]);
    await seekers[1]!.http.post(`/v1/me/consultations/${b.id}/messages`, { message: 'Follow-up B' });
    expect(await order('open')).toEqual([c.id, b.id]);
  });

  it('pages the queue with cursors, every thread once, and refuses a cursor of another list', async () => {
    const seeker = await plusSeeker(world.env);
    for (const topic of ['Paged one', 'Paged two', 'Paged three']) {
      const thread = await startThread(seeker, topic);
      await grace.http.post(`/v1/admin/consultations/${thread.id}/messages`, { message: `Answer to ${topic}` });
    }
    const all = (await grace.http.get('/v1/admin/consultations?status=answered&limit=100')).body.items.map(
      (item: { id: string }) => item.id,
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `status=answered&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (await grace.http.get(`/v1/admin/consultations?${query}`)).body;
      seen.push(...page.items.map((item: { id: string }) => item.id));
      cursor = page.nextCursor;
      if (cursor) {
        const foreign = await grace.http.get(`/v1/admin/consultations?status=closed&cursor=${encodeURIComponent(cursor)}`);
        expect(foreign.status).toBe(400);
        expect(foreign.body.errors[0].field).toBe('cursor');
      }
    } while (cursor);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await grace.http.get('/v1/admin/consultations?status=waiting')).body.errors[0].field).toBe('status');
    expect((await seeker.http.get('/v1/me/consultations?limit=2')).body.nextCursor).not.toBeNull();
  });

  it("exports the seeker's threads and the consultant's replies, and erases the seeker's threads with the account", async () => {
    const seeker = await plusSeeker(world.env, 'Exported Seeker');
    const thread = await startThread(seeker, 'In my export');
    const helper = await consultant(world.env, 'Erased Consultant');
    await helper.http.post(`/v1/admin/consultations/${thread.id}/messages`, { message: 'Written by an admin who leaves' });

    const exported = (await seeker.http.get('/v1/me/export')).body.sections.consultations;
    expect(exported.threads).toEqual([
      expect.objectContaining({
        id: thread.id,
        topic: 'In my export',
        messages: [
          expect.objectContaining({ author: 'seeker', body: 'About In my export: where do I start?' }),
          expect.objectContaining({ author: 'consultant', authorName: 'Erased Consultant', body: 'Written by an admin who leaves' }),
        ],
      }),
    ]);
    const adminExport = (await helper.http.get('/v1/me/export')).body.sections.consultations;
    expect(adminExport.repliesAsConsultant).toEqual([
      expect.objectContaining({ consultationId: thread.id, body: 'Written by an admin who leaves' }),
    ]);

    expect((await helper.http.delete('/v1/me')).status).toBe(204);
    const kept = (await seeker.http.get(`/v1/me/consultations/${thread.id}`)).body;
    expect(kept.messages[1]).toMatchObject({
      author: 'consultant',
      authorName: 'Former consultant',
      body: 'Written by an admin who leaves',
    });

    expect((await seeker.http.delete('/v1/me')).status).toBe(204);
    const rows = await world.env.api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM consultations WHERE id = $1) AS threads,
              (SELECT count(*)::int FROM consultation_messages WHERE consultation_id = $1) AS messages`,
      [thread.id],
    );
    expect(rows[0]).toEqual({ threads: 0, messages: 0 });
    expect((await grace.http.get(`/v1/admin/consultations/${thread.id}`)).status).toBe(404);
  });
});
