import { HttpClient } from '@app/testing';

let sequence = 0;

/** A valid create body; override any field. */
export function listingBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    title: `Backend Engineer ${sequence}`,
    company: { name: 'Harbor Labs', website: 'https://harbor.example.com' },
    description: 'We build **reliable** services.\n\n- Postgres\n- TypeScript',
    employmentType: 'full_time',
    seniority: 'mid',
    category: 'engineering',
    remote: true,
    regions: ['Europe'],
    location: 'Berlin',
    salaryMin: 60000,
    salaryMax: 80000,
    salaryCurrency: 'EUR',
    salaryPeriod: 'year',
    tags: ['postgres', 'typescript'],
    applyUrl: 'https://harbor.example.com/careers/1',
    ...overrides,
  };
}

/** Creates (and by default publishes) a listing through the admin API; returns its detail view. */
export async function createListing(admin: HttpClient, overrides: Record<string, unknown> = {}): Promise<any> {
  const response = await admin.post('/v1/admin/jobs', listingBody({ publish: true, ...overrides }));
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${response.text}`);
  return response.body;
}

export async function searchIds(http: HttpClient, query: string): Promise<string[]> {
  const response = await http.get(`/v1/jobs?limit=100&${query}`);
  if (response.status !== 200) throw new Error(`search failed: ${response.status} ${response.text}`);
  return response.body.items.map((item: { id: string }) => item.id);
}
