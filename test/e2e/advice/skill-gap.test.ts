import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Role } from '@app/accounts';
import { createJobListing, createSession, makePlus, Session } from '@app/testing';
import { BillingWorld, startBillingWorld } from '../billing/billing-test-kit';
import { importGuide } from '../career-guides/support/guide-requests';
import { repoPath } from '../career-guides/support/repo-path';
import { createResume } from './advice-test-kit';

const GUIDE_TEXT = readFileSync(repoPath('../shared/fixtures/career-guides/backend-developer.txt'), 'utf8');

interface GapEntry {
  skill: string;
  listings: number;
  share: number;
  source: string;
}

describe('GET /v1/me/advice: the skill gap against a career guide', () => {
  let world: BillingWorld;
  let seeker: Session;
  let slug: string;
  /** The open engineering listings this test made, with their tags: the shares are computed from these. */
  const openEngineering: string[][] = [];

  before(async () => {
    world = await startBillingWorld();
    const db = world.env.api.dataSource;
    const admin = await createSession(world.env.api, { role: Role.Admin });
    const imported = await importGuide(admin.http, GUIDE_TEXT);
    expect(imported.status).toBe(201);
    expect(imported.body.jobCategory).toBe('engineering');
    slug = imported.body.slug;
    expect((await admin.http.post(`/v1/admin/guides/${imported.body.id}/publish`)).status).toBe(200);

    const engineering = [
      ['go', 'docker', 'kubernetes'],
      ['go', 'docker'],
      ['python', 'docker', 'aws'],
      ['go', 'postgres'],
      ['java', 'kotlin'],
      ['typescript', 'react'],
      ['go', 'grpc'],
    ];
    for (const [i, tags] of engineering.entries()) {
      await createJobListing(db, { title: `Backend Engineer ${i}`, tags });
      openEngineering.push(tags);
    }
    // Not counted: closed, expired, or another category.
    await createJobListing(db, { title: 'Backend Engineer (closed)', tags: ['docker'], status: 'closed', closedAt: new Date() });
    await createJobListing(db, { title: 'Backend Engineer (expired)', tags: ['docker'], expiresAt: new Date(Date.now() - 1000) });
    await createJobListing(db, { title: 'DevOps Engineer', category: 'devops', tags: ['docker', 'terraform'] });

    seeker = await createSession(world.env.api, { name: 'Grace' });
    await makePlus(db, seeker.user.id, world.env.config);
    await createResume(db, seeker.user.id, { headline: 'Backend Developer', skills: ['Go', 'Kubernetes', 'gRPC', 'PostgreSQL'] });
  });
  after(() => world?.close());

  const shareOf = (tag: string) => openEngineering.filter((tags) => tags.includes(tag)).length / openEngineering.length;

  it('lists Docker, which the resume lacks, with the share of open engineering listings asking for it', async () => {
    const response = await seeker.http.get(`/v1/me/advice?guide=${slug}`);
    expect(response.status).toBe(200);
    const gap = response.body.skillGap;
    expect(gap).toMatchObject({ guide: { slug, title: expect.stringContaining('Backend') }, category: 'engineering', openListings: 7 });
    const skills: GapEntry[] = gap.skills;
    const docker = skills.find((entry) => entry.skill === 'Docker');
    expect(docker).toEqual({ skill: 'Docker', listings: 3, share: shareOf('docker'), source: 'guide' });
    expect(docker!.share).toBeCloseTo(3 / 7, 10);
    // What the resume has (also under another spelling: Golang, PostgreSQL) is not a gap.
    const names = skills.map((entry) => entry.skill.toLowerCase());
    for (const has of ['kubernetes', 'golang', 'go', 'postgresql', 'grpc']) expect(names).not.toContain(has);
    // Most asked first.
    const counts = skills.map((entry) => entry.listings);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(skills[0]).toEqual(docker);
    // The category's frequent tags that the guide does not name are there too.
    expect(skills).toContainEqual({ skill: 'kotlin', listings: 1, share: shareOf('kotlin'), source: 'listings' });
  });

  it('defaults to the published guide of the category the top listings share', async () => {
    const response = await seeker.http.get('/v1/me/advice');
    expect(response.status).toBe(200);
    expect(response.body.skillGap.guide.slug).toBe(slug);
    expect(response.body.skillGap.category).toBe('engineering');
  });
});
