import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createSession, Session } from '@app/testing';
import { AlertsWorld, decoded, headerOf, insertListing, runAlerts, startAlertsWorld } from './alerts-test-kit';

describe('unsubscribe links', () => {
  let world: AlertsWorld;
  let seeker: Session;
  let alertId: string;
  let headerUrl: URL;

  const alertState = async () => (await seeker.http.get(`/v1/me/alerts/${alertId}`)).body;
  /** The JSON twin of the page a mail links to: the same token at /v1. */
  const path = (url: URL) => `/v1${url.pathname}${url.search}`;

  before(async () => {
    world = await startAlertsWorld();
    seeker = await createSession(world.env.api);
    await insertListing(world.env.api.dataSource, { title: 'Unsubscribe Test Role', category: 'unsub' });
    alertId = (await seeker.http.post('/v1/me/alerts', { name: 'Unsub', frequency: 'weekly', criteria: { category: 'unsub' } })).body.id;
    await runAlerts(world, 'weekly');
    const [mail] = world.sink.accepted.filter((m) => m.to.includes(seeker.user.email));
    headerUrl = new URL(/^<(.+)>$/.exec(headerOf(mail!.raw!, 'List-Unsubscribe')!)![1]!);
    expect(decoded(mail!.raw!)).toContain(`Stop this alert: http://localhost:3000/alerts/unsubscribe?token=`);
    expect(headerUrl.pathname).toBe('/alerts/unsubscribe');
  });
  after(() => world?.close());

  it('GET shows what the link would stop and changes nothing', async () => {
    for (let i = 0; i < 3; i += 1) {
      const response = await world.env.api.http.get(path(headerUrl));
      expect(response.status).toBe(200);
      expect(response.body.alerts).toEqual([expect.objectContaining({ id: alertId, name: 'Unsub', paused: false })]);
      expect(response.body.confirm.method).toBe('POST');
    }
    expect((await alertState()).paused).toBe(false);
  });

  it('POST (one-click, form body, no login) pauses the alert, idempotently', async () => {
    for (let i = 0; i < 2; i += 1) {
      const response = await world.env.api.http.post(path(headerUrl), undefined, {
        rawBody: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(response.status).toBe(200);
      expect(response.body.alerts[0]).toMatchObject({ id: alertId, paused: true });
    }
    expect((await alertState()).paused).toBe(true);
  });

  it('a paused alert is not mailed', async () => {
    await insertListing(world.env.api.dataSource, { title: 'After Unsubscribe Role', category: 'unsub', publishedMinutesAgo: 1 });
    const before = world.sink.count;
    const run = await runAlerts(world, 'weekly');
    expect(run.subscribers).toBe(0);
    expect(world.sink.count).toBe(before);
  });

  it('refuses a forged or altered token with 400 and changes nothing', async () => {
    await seeker.http.patch(`/v1/me/alerts/${alertId}`, { paused: false });
    const token = headerUrl.searchParams.get('token')!;
    const [version, body, signature] = token.split('.');
    const forgedBody = Buffer.from('00000000000040008000000000000000', 'hex').toString('base64url');
    const flipped = signature!.slice(0, -2) + (signature!.endsWith('AA') ? 'BB' : 'AA');
    for (const bad of [`${version}.${forgedBody}.${signature}`, `${version}.${body}.${flipped}`, 'garbage', `${token}x`]) {
      for (const method of ['GET', 'POST'] as const) {
        const response = await world.env.api.http.request(method, `/v1/alerts/unsubscribe?token=${encodeURIComponent(bad)}`);
        expect(response.status).toBe(400);
        expect(response.body.errors[0].field).toBe('token');
      }
    }
    expect((await alertState()).paused).toBe(false);
    expect((await world.env.api.http.get('/v1/alerts/unsubscribe')).status).toBe(400);
  });
});
