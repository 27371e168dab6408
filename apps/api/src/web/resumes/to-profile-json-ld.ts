import { PublicResumeView } from '@app/resumes';

/** schema.org ProfilePage about a Person, from what the public resume shows (nothing more). */
export function toProfileJsonLd(resume: PublicResumeView, url: string): Record<string, unknown> {
  const current = resume.experience.find((row) => row.end === null);
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    dateModified: resume.updatedAt,
    mainEntity: {
      '@type': 'Person',
      name: resume.name,
      description: resume.headline,
      ...(current ? { jobTitle: current.title, worksFor: { '@type': 'Organization', name: current.company } } : {}),
      ...(resume.location ? { homeLocation: { '@type': 'Place', name: resume.location } } : {}),
      knowsAbout: resume.skills,
      alumniOf: resume.education.map((row) => ({ '@type': 'EducationalOrganization', name: row.school })),
      sameAs: resume.links.map((link) => link.url),
    },
  };
}
