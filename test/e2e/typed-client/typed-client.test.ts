import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createAdminSession, startTestEnvironment, TestEnvironment } from '@app/testing';
import { createListing } from '../jobs/listing-fixtures';
import { explain, JobBoardClient } from './job-board-client';

describe('a client generated from the OpenAPI document (openapi-typescript + openapi-fetch)', () => {
  let env: TestEnvironment;
  let client: JobBoardClient;
  let slug: string;

  before(async () => {
    env = await startTestEnvironment();
    const admin = (await createAdminSession(env.api)).http;
    slug = (await createListing(admin, { title: 'Typed Client Engineer', salaryMin: 90000, salaryMax: 120000, salaryCurrency: 'EUR' }))
      .slug;
    await createListing(admin, {
      title: 'Unpaid Typed Intern',
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: null,
      salaryPeriod: null,
    });
    client = new JobBoardClient(env.api.http.baseUrl);
  });
  after(() => env.close());

  it("searches jobs and reads each listing's title and salary", async () => {
    const outcome = await client.searchJobs({ q: 'typed', limit: 10 });
    expect(outcome).toEqual({
      ok: true,
      value: {
        lines: expect.arrayContaining([
          { title: 'Typed Client Engineer', salary: 'EUR 90,000–120,000 / year' },
          { title: 'Unpaid Typed Intern', salary: 'Salary not stated' },
        ]),
        nextCursor: null,
      },
    });
  });

  it('reads one listing by its slug', async () => {
    expect(await client.readListing(slug)).toEqual({
      ok: true,
      value: { title: 'Typed Client Engineer', salary: 'EUR 90,000–120,000 / year', open: true },
    });
  });

  it('turns a refused request into the Problem the document describes, naming the field', async () => {
    const outcome = await client.searchJobs({ limit: 101 });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem).toMatchObject({ status: 400, title: 'Bad Request', type: 'urn:jobboard:problem:bad-input' });
    expect(explain(outcome.problem)).toBe('limit: must be an integer from 1 to 100');
  });

  it('reads a missing listing as a 404 Problem', async () => {
    const outcome = await client.readListing('no-such-listing');
    expect(outcome).toEqual({ ok: false, problem: expect.objectContaining({ status: 404, detail: 'Job listing not found' }) });
  });
});
