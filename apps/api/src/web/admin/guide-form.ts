import { commaList, orNull, textOf } from './form-values';
import { GuideView } from '@app/career-guides';

/** The guide form as typed (every value a string), so a refused or stale edit comes back as it was. */
export interface GuideFormValues {
  version: string;
  title: string;
  slug: string;
  summary: string;
  jobCategory: string;
  tags: string;
  'stats.medianSalary': string;
  'stats.growthRatePct': string;
  'stats.marketDemand': string;
  'stats.remoteFriendly': boolean;
}

/** A number as a number; anything else as typed, for the DTO to refuse with its own message. */
const numberOf = (value: string): number | string | null => {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
};

export function guideFormOf(body: Record<string, unknown>): GuideFormValues {
  return {
    version: textOf(body.version),
    title: textOf(body.title),
    slug: textOf(body.slug),
    summary: textOf(body.summary),
    jobCategory: textOf(body.jobCategory),
    tags: textOf(body.tags),
    'stats.medianSalary': textOf(body['stats.medianSalary']),
    'stats.growthRatePct': textOf(body['stats.growthRatePct']),
    'stats.marketDemand': textOf(body['stats.marketDemand']),
    'stats.remoteFriendly': textOf(body['stats.remoteFriendly']) === 'true',
  };
}

export function guideFormFromView(guide: GuideView): GuideFormValues {
  return {
    version: String(guide.version),
    title: guide.title,
    slug: guide.slug,
    summary: guide.summary,
    jobCategory: guide.jobCategory ?? '',
    tags: guide.tags.join(', '),
    'stats.medianSalary': guide.stats.medianSalary === null ? '' : String(guide.stats.medianSalary),
    'stats.growthRatePct': guide.stats.growthRatePct === null ? '' : String(guide.stats.growthRatePct),
    'stats.marketDemand': guide.stats.marketDemand ?? '',
    'stats.remoteFriendly': guide.stats.remoteFriendly,
  };
}

/** The body of PATCH /v1/admin/guides/:id (UpdateGuideDto) from the form: the fields it shows, and the version read. */
export function guidePatchOf(form: GuideFormValues): Record<string, unknown> {
  return {
    version: numberOf(form.version),
    title: form.title.trim(),
    slug: form.slug.trim(),
    summary: form.summary.trim(),
    jobCategory: orNull(form.jobCategory),
    tags: commaList(form.tags).map((tag) => tag.toLowerCase()),
    stats: {
      medianSalary: numberOf(form['stats.medianSalary']),
      growthRatePct: numberOf(form['stats.growthRatePct']),
      marketDemand: orNull(form['stats.marketDemand']),
      remoteFriendly: form['stats.remoteFriendly'],
    },
  };
}
