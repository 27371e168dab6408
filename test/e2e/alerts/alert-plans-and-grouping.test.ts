import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createSession, downgradeToFree, makePlus } from '@app/testing';
import { AlertsWorld, decoded, insertListing, runAlerts, startAlertsWorld } from './alerts-test-kit';

describe('one digest per user, and plan changes', () => {
  let world: AlertsWorld;

  before(async () => {
    world = await startAlertsWorld();
  });
  after(() => world?.close());

  it('a user with three overlapping alerts gets one mail in which no listing appears twice', async () => {
    const { dataSource } = world.env.api;
    const titles = ['Overlap Go Remote', 'Overlap Go Onsite', 'Overlap Python Remote'];
    await insertListing(dataSource, { title: titles[0], category: 'overlap', tags: ['go'], remote: true });
    await insertListing(dataSource, { title: titles[1], category: 'overlap', tags: ['go'], remote: false });
    await insertListing(dataSource, { title: titles[2], category: 'overlap', tags: ['python'], remote: true });
    const user = await createSession(world.env.api);
    for (const [name, criteria] of [
      ['All overlap', { category: 'overlap' }],
      ['Go', { category: 'overlap', tags: ['go'] }],
      ['Remote', { category: 'overlap', remote: true }],
    ] as const) {
      expect((await user.http.post('/v1/me/alerts', { name, frequency: 'weekly', criteria })).status).toBe(201);
    }
    await runAlerts(world, 'weekly');
    const mails = world.sink.accepted.filter((mail) => mail.to.includes(user.user.email));
    expect(mails).toHaveLength(1);
    const text = decoded(mails[0]!.raw!).split('Content-Type: text/html')[0]!;
    for (const title of titles) expect(text.split(title).length - 1).toBe(1);
  });

  it('after a downgrade a daily alert is not mailed daily, and arrives in the weekly run', async () => {
    const { api } = world.env;
    const user = await createSession(api);
    await makePlus(api.dataSource, user.user.id, api.config);
    const alert = await user.http.post('/v1/me/alerts', {
      name: 'Daily downgrade',
      frequency: 'daily',
      criteria: { category: 'downgrade' },
    });
    expect(alert.status).toBe(201);
    await insertListing(api.dataSource, { title: 'Downgrade Role', category: 'downgrade' });
    await downgradeToFree(api.dataSource, user.user.id);
    expect((await user.http.get(`/v1/me/alerts/${alert.body.id}`)).body).toMatchObject({ frequency: 'daily', servedAs: 'weekly' });

    await runAlerts(world, 'daily');
    expect(world.sink.countFor(user.user.email)).toBe(0);

    await runAlerts(world, 'weekly');
    const mails = world.sink.accepted.filter((mail) => mail.to.includes(user.user.email));
    expect(mails).toHaveLength(1);
    expect(decoded(mails[0]!.raw!)).toContain('Downgrade Role');

    // Nothing was deleted: upgrading again restores daily.
    await makePlus(api.dataSource, user.user.id, api.config);
    expect((await user.http.get(`/v1/me/alerts/${alert.body.id}`)).body).toMatchObject({ frequency: 'daily', servedAs: 'daily' });
  });
});
