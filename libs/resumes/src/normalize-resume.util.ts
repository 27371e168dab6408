import { renderMarkdown } from '@app/jobs';
import { ResumeInput } from './resume-input';
import { normalizeSkills } from './normalize-skills.util';
import { ResumeWrite } from './resumes.repository';

const clean = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** What a save stores: text trimmed, optional fields null when blank, skills normalised, the summary rendered. */
export function normalizeResume(input: ResumeInput): ResumeWrite {
  const summary = input.summary.trim();
  return {
    headline: input.headline.trim(),
    summary,
    summaryHtml: renderMarkdown(summary),
    location: clean(input.location),
    skills: normalizeSkills(input.skills),
    experience: input.experience.map((item) => ({
      title: item.title.trim(),
      company: item.company.trim(),
      start: item.start,
      end: clean(item.end),
      description: clean(item.description),
    })),
    education: input.education.map((item) => ({ school: item.school.trim(), degree: clean(item.degree), end: clean(item.end) })),
    links: input.links.map((link) => ({ label: link.label.trim(), url: new URL(link.url.trim()).href })),
    visibility: input.visibility,
  };
}
