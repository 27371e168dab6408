import { GuideListItem } from '@app/career-guides';
import { GuideCardModel } from '../views/components/guide-card';
import { formatMoney } from '../views/format';

export function toGuideCard(guide: GuideListItem): GuideCardModel {
  const { stats } = guide;
  const figures = [
    stats.growthRatePct !== null ? `${stats.growthRatePct}% growth` : null,
    stats.medianSalary !== null ? `median ${formatMoney(stats.medianSalary, stats.salaryCurrency)}` : null,
    stats.remoteFriendly ? 'remote-friendly' : null,
  ].filter((figure): figure is string => figure !== null);
  return { slug: guide.slug, title: guide.title, summary: guide.summary, figures };
}
