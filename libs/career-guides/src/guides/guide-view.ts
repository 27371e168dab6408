import { CareerGuideContent, CareerGuideStats } from '../career-guide.types';
import { buildGuideJsonLd, JsonLd } from '../json-ld/build-guide-json-ld.util';
import { CareerGuide } from './career-guide.entity';
import { GuideStatus } from './guide-status';

/** A guide as the API shows it, with its schema.org markup. */
export interface GuideView extends CareerGuideContent {
  id: string;
  slug: string;
  status: GuideStatus;
  jobCategory: string | null;
  version: number;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  jsonLd: JsonLd[];
}

/** One entry of the public list: enough for a card, not the whole page. */
export interface GuideListItem {
  id: string;
  slug: string;
  title: string;
  summary: string;
  jobCategory: string | null;
  tags: string[];
  stats: CareerGuideStats;
  publishedAt: string | null;
}

export function toGuideView(guide: CareerGuide): GuideView {
  return {
    id: guide.id,
    slug: guide.slug,
    status: guide.status,
    title: guide.title,
    summary: guide.summary,
    stats: guide.stats,
    responsibilities: guide.responsibilities,
    techStack: guide.techStack,
    skills: guide.skills,
    careerTiers: guide.careerTiers,
    sections: guide.sections,
    caseStudies: guide.caseStudies,
    faqs: guide.faqs,
    pros: guide.pros,
    cons: guide.cons,
    commonMistakes: guide.commonMistakes,
    relatedRoles: guide.relatedRoles,
    jobCategory: guide.jobCategory,
    tags: guide.tags,
    sources: guide.sources,
    version: guide.version,
    publishedAt: guide.publishedAt?.toISOString() ?? null,
    createdAt: guide.createdAt.toISOString(),
    updatedAt: guide.updatedAt.toISOString(),
    jsonLd: buildGuideJsonLd(guide),
  };
}

export function toGuideListItem(guide: CareerGuide): GuideListItem {
  return {
    id: guide.id,
    slug: guide.slug,
    title: guide.title,
    summary: guide.summary,
    jobCategory: guide.jobCategory,
    tags: guide.tags,
    stats: guide.stats,
    publishedAt: guide.publishedAt?.toISOString() ?? null,
  };
}
