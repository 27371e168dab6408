import { Session } from '@app/testing';

/** A full resume as a client would send it; override any part. */
export function sampleResume(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    headline: 'Backend developer — Node.js and PostgreSQL',
    summary: 'I build **APIs** that stay up.',
    location: 'Berlin, Germany',
    skills: ['TypeScript', 'PostgreSQL'],
    experience: [{ title: 'Backend developer', company: 'Acme GmbH', start: '2021-04', end: null, description: 'Payments.' }],
    education: [{ school: 'TU Berlin', degree: 'BSc Computer Science', end: '2020-09' }],
    links: [{ label: 'GitHub', url: 'https://github.com/example' }],
    visibility: 'public',
    ...overrides,
  };
}

/** Saves the resume through the API (fails the test on anything but 200) and returns its body. */
export async function saveResume(session: Session, overrides: Record<string, unknown> = {}) {
  const response = await session.http.put('/v1/me/resume', sampleResume(overrides));
  if (response.status !== 200) throw new Error(`saving the resume answered ${response.status}: ${response.text}`);
  return response.body;
}

/** A small but well-formed PDF (header, one page, trailer), with a marker to tell files apart. */
export function samplePdf(marker = 'CV'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n` +
      `% ${marker}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

export function uploadPdf(session: Session, bytes: Buffer, contentType = 'application/pdf') {
  return session.http.put('/v1/me/resume/file', undefined, { rawBody: bytes, headers: { 'content-type': contentType } });
}

/** The bytes as served (the JSON client would decode them as text). */
export async function fetchBytes(
  baseUrl: string,
  path: string,
  token: string,
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}
