import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Role } from '@app/accounts';
import { createSession, makePlus, Session } from '@app/testing';
import { BillingWorld, startBillingWorld } from '../billing/billing-test-kit';
import { createListing } from '../jobs/listing-fixtures';
import { AdviceItemBody, createResume } from './advice-test-kit';

describe('GET /v1/me/advice: a skill meets a listing tag written under another spelling', () => {
  let world: BillingWorld;
  let seeker: Session;
  let listingId: string;

  before(async () => {
    world = await startBillingWorld();
    const db = world.env.api.dataSource;
    const admin = await createSession(world.env.api, { role: Role.Admin });
    const listing = await createListing(admin.http, { title: 'Platform Engineer', tags: ['PostgreSQL', 'Golang', 'Docker'] });
    listingId = listing.id;
    expect(listing.tags).toEqual(['postgresql', 'golang', 'docker']); // the listing shows what the employer wrote
    seeker = await createSession(world.env.api, { name: 'Edsger' });
    await makePlus(db, seeker.user.id, world.env.config);
    await createResume(db, seeker.user.id, { headline: 'Database Specialist', skills: ['postgres', 'go'] });
  });
  after(() => world?.close());

  it('names the shared skills in the reasons and leaves them out of the skill gap', async () => {
    const response = await seeker.http.get('/v1/me/advice');
    expect(response.status).toBe(200);
    const item = (response.body.items as AdviceItemBody[]).find((candidate) => candidate.listing.id === listingId);
    expect(item).toBeDefined();
    expect(item!.reasons).toContain('matches 2 of your skills: postgres, go');
    expect(item!.matchedSkills).toEqual(['postgres', 'go']);
    const gap = response.body.skillGap;
    expect(gap).toMatchObject({ guide: null, category: 'engineering', openListings: 1 });
    expect(gap.skills.map((entry: { skill: string }) => entry.skill)).toEqual(['docker']);
  });
});
