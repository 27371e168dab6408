import { ResumeView } from '@app/resumes';

/** The resume form as typed: every value a string, the lists as rows (a blank row to add one more). */
export interface ResumeFormValues {
  headline: string;
  summary: string;
  location: string;
  /** One skill per line (commas separate too). */
  skills: string;
  experience: Array<{ title: string; company: string; start: string; end: string; description: string }>;
  education: Array<{ school: string; degree: string; end: string }>;
  links: Array<{ label: string; url: string }>;
  visibility: string;
}

export const RESUME_FORM_LABELS: Record<string, string> = {
  headline: 'Headline',
  summary: 'Summary',
  location: 'Location',
  skills: 'Skills',
  'experience[].title': 'Job title',
  'experience[].company': 'Company',
  'experience[].start': 'Started',
  'experience[].end': 'Ended',
  'experience[].description': 'What you did',
  'education[].school': 'School',
  'education[].degree': 'Degree',
  'education[].end': 'Finished',
  'links[].label': 'Link label',
  'links[].url': 'Address',
  visibility: 'Who can see it',
  handle: 'Handle',
};

/** The label of a field of the form (`experience[1].start` → "Started"). */
export function labelOf(field: string): string | undefined {
  return RESUME_FORM_LABELS[field.replace(/\[\d+\]/g, '[]')];
}

const EMPTY = {
  experience: { title: '', company: '', start: '', end: '', description: '' },
  education: { school: '', degree: '', end: '' },
  links: { label: '', url: '' },
};

type ListName = keyof typeof EMPTY;

/** The rows of one list from the posted names (`experience[2].title`), in order, rows left wholly blank dropped. */
function rowsOf<K extends ListName>(fields: Record<string, string>, list: K): Array<(typeof EMPTY)[K]> {
  const rows = new Map<number, Record<string, string>>();
  const pattern = new RegExp(`^${list}\\[(\\d{1,2})\\]\\.(\\w+)$`);
  for (const [name, value] of Object.entries(fields)) {
    const match = pattern.exec(name);
    if (!match || !Object.hasOwn(EMPTY[list], match[2]!)) continue;
    const index = Number(match[1]);
    rows.set(index, { ...(rows.get(index) ?? { ...EMPTY[list] }), [match[2]!]: value });
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row as (typeof EMPTY)[K])
    .filter((row) => Object.values(row).some((value) => value.trim() !== ''));
}

export function resumeFormValues(fields: Record<string, string>): ResumeFormValues {
  return {
    headline: fields.headline ?? '',
    summary: fields.summary ?? '',
    location: fields.location ?? '',
    skills: fields.skills ?? '',
    experience: rowsOf(fields, 'experience'),
    education: rowsOf(fields, 'education'),
    links: rowsOf(fields, 'links'),
    visibility: fields.visibility ?? 'private',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** What the form posts, in the shape of the API's SaveResumeDto (blank optional values as null). */
export function toResumeBody(values: ResumeFormValues): Record<string, unknown> {
  return {
    headline: values.headline,
    summary: values.summary,
    location: orNull(values.location),
    skills: values.skills.split(/[\n,]/).filter((skill) => skill.trim() !== ''),
    experience: values.experience.map((row) => ({
      title: row.title,
      company: row.company,
      start: row.start.trim(),
      end: orNull(row.end),
      description: orNull(row.description),
    })),
    education: values.education.map((row) => ({ school: row.school, degree: orNull(row.degree), end: orNull(row.end) })),
    links: values.links.map((row) => ({ label: row.label, url: row.url.trim() })),
    visibility: values.visibility,
  };
}

export function formValuesOf(resume: ResumeView | null): ResumeFormValues {
  if (!resume) {
    return { headline: '', summary: '', location: '', skills: '', experience: [], education: [], links: [], visibility: 'private' };
  }
  return {
    headline: resume.headline,
    summary: resume.summary,
    location: resume.location ?? '',
    skills: resume.skills.join('\n'),
    experience: resume.experience.map((row) => ({ ...row, end: row.end ?? '', description: row.description ?? '' })),
    education: resume.education.map((row) => ({ school: row.school, degree: row.degree ?? '', end: row.end ?? '' })),
    links: resume.links.map((row) => ({ ...row })),
    visibility: resume.visibility,
  };
}
