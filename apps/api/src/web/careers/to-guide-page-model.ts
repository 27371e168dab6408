import { GuideView, occupationName } from '@app/career-guides';
import { ListingItem } from '@app/jobs';
import { toListingCard } from '../jobs/to-listing-card';
import { AdModel } from '../views/components/ad-slot';
import { GuideContentHtml } from '../views/components/guide-content';
import { PlanComparisonModel } from '../views/components/plan-cards';
import { GuidePageModel } from '../views/pages/guide-page';

/** The guide page of one visit: the guide's rendered content with this visit's open jobs, plans and ad. */
export function toGuidePageModel(
  guide: GuideView,
  visit: { content: GuideContentHtml; openJobs: ListingItem[]; plans: PlanComparisonModel; ad: AdModel | null; now: Date },
): GuidePageModel {
  return {
    slug: guide.slug,
    title: guide.title,
    description: guide.summary.length > 200 ? `${guide.summary.slice(0, 197).trimEnd()}…` : guide.summary,
    occupation: occupationName(guide.title),
    noindex: guide.status !== 'published',
    jsonLd: guide.jsonLd,
    content: visit.content,
    openJobs: visit.openJobs.map((item) => toListingCard(item, visit.now)),
    moreJobsHref: guide.jobCategory ? `/jobs?category=${encodeURIComponent(guide.jobCategory)}` : '/jobs',
    plans: visit.plans,
    ad: visit.ad,
  };
}
