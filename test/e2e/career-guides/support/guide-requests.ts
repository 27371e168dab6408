import { HttpClient, HttpResponse } from '@app/testing';

/** POST /v1/admin/guides/import with a raw text body. */
export function importGuide(http: HttpClient, text: string | Buffer, contentType = 'text/plain; charset=utf-8'): Promise<HttpResponse> {
  return http.post('/v1/admin/guides/import', undefined, { rawBody: text, headers: { 'content-type': contentType } });
}

/** A small valid guide body for POST /v1/admin/guides. */
export function guideBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Site Reliability Engineer Career Path Guide',
    summary: 'Site reliability engineers keep production systems available and fast by treating operations as a software problem.',
    stats: { medianSalary: 140000, salaryCurrency: 'USD', salaryRange: { min: 100000, max: 190000 }, topEarnersFrom: 190000 },
    responsibilities: ['Define service level objectives with product teams.'],
    skills: { technical: ['Kubernetes'], soft: ['Calm under pressure'], education: 'A computing degree helps.' },
    careerTiers: [{ title: 'SRE', experience: '2-5 years', description: 'Runs services.' }],
    faqs: [{ question: 'Is SRE the same as DevOps?', answer: 'They overlap; SRE puts numbers on reliability.' }],
    jobCategory: 'devops',
    tags: ['kubernetes'],
    ...overrides,
  };
}
