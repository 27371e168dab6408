import { CareerGuideStats, GuideView, occupationName } from '@app/career-guides';
import { renderMarkdown } from '@app/jobs';
import { Html, sanitizedHtml } from '../html/html';
import { GuideBlock, GuideContentModel, SalaryModel } from '../views/components/guide-content';
import { formatMoney } from '../views/format';
import { GuidePartKey, inSeedPageOrder } from './seed-page-order';

const DEMAND_LEVELS = ['low', 'medium', 'high'] as const;

/** Guide Markdown through the listings' sanitizer: the only markup a guide's text can become. */
const markdown = (source: string): Html => sanitizedHtml(renderMarkdown(source));

/** A bar's width class (`w-10` … `w-100`, site.css) for `value` on a scale up to `max`. */
function widthClass(value: number, max: number): string {
  return `w-${Math.min(10, Math.max(1, Math.round((value / max) * 10))) * 10}`;
}

function figures(stats: CareerGuideStats): GuideContentModel['figures'] {
  return [
    ...(stats.growthRatePct !== null ? [{ value: `${stats.growthRatePct}%`, label: 'growth rate' }] : []),
    ...(stats.medianSalary !== null ? [{ value: formatMoney(stats.medianSalary, stats.salaryCurrency), label: 'median salary' }] : []),
    { value: stats.remoteFriendly ? 'Yes' : 'Rarely', label: 'remote-friendly' },
  ];
}

function salary(stats: CareerGuideStats): SalaryModel | null {
  const money = (amount: number) => formatMoney(amount, stats.salaryCurrency);
  const byLevel = stats.salaryByLevel;
  const levels: Array<{ label: string; amount: number }> = byLevel
    ? [
        { label: 'Entry level', amount: byLevel.entry },
        { label: 'Mid level', amount: byLevel.mid },
        { label: 'Senior level', amount: byLevel.senior },
      ].filter((level): level is { label: string; amount: number } => level.amount !== null)
    : [];
  if (!stats.salaryRange && stats.medianSalary === null && levels.length === 0) return null;
  const scale = Math.max(stats.salaryRange?.max ?? 0, ...levels.map((level) => level.amount));
  return {
    currency: stats.salaryCurrency,
    range: stats.salaryRange ? `${money(stats.salaryRange.min)} – ${money(stats.salaryRange.max)}` : null,
    median: stats.medianSalary !== null ? money(stats.medianSalary) : null,
    levels: levels.map((level) => ({ label: level.label, amount: money(level.amount), widthClass: widthClass(level.amount, scale) })),
    topEarners: stats.topEarnersFrom !== null ? money(stats.topEarnersFrom) : null,
  };
}

/** The sections and the structured parts of the guide, laid out as the seed page lays them out. */
function blocks(guide: GuideView): GuideBlock[] {
  const work = guide.stats.workLifeBalance;
  const sections: GuideBlock[] = guide.sections.map((section) => ({
    kind: 'section',
    key: section.key,
    id: `section-${section.key}`,
    title: section.title,
    html: markdown(section.body),
    facts: section.key === 'work-life-balance' && work ? [`Stress level: ${work.stressLevel}`, `Balance: ${work.balanceRating}`] : [],
  }));
  const { skills } = guide;
  const parts: Array<GuideBlock & { key: GuidePartKey }> = [];
  if (guide.responsibilities.length > 0)
    parts.push({
      kind: 'list',
      key: 'responsibilities',
      id: 'responsibilities',
      title: 'Key responsibilities',
      items: guide.responsibilities,
    });
  if (guide.techStack.length > 0)
    parts.push({ kind: 'tags', key: 'tech-stack', id: 'tech-stack', title: 'Tech stack', items: guide.techStack });
  if (skills.education || skills.technical.length > 0 || skills.soft.length > 0)
    parts.push({
      kind: 'skills',
      key: 'skills',
      id: 'skills',
      title: 'Skills and qualifications',
      education: skills.education ? markdown(skills.education) : null,
      technical: skills.technical,
      soft: skills.soft,
    });
  if (guide.careerTiers.length > 0)
    parts.push({ kind: 'tiers', key: 'career-tiers', id: 'career-tiers', title: 'Career path tiers', tiers: guide.careerTiers });
  if (guide.pros.length > 0 || guide.cons.length > 0)
    parts.push({
      kind: 'pros-cons',
      key: 'pros-and-cons',
      id: 'pros-and-cons',
      title: 'Pros and cons',
      pros: guide.pros,
      cons: guide.cons,
    });
  if (guide.commonMistakes.length > 0)
    parts.push({
      kind: 'list',
      key: 'common-mistakes',
      id: 'common-mistakes',
      title: 'Common mistakes of beginners',
      items: guide.commonMistakes,
    });
  if (guide.caseStudies.length > 0)
    parts.push({
      kind: 'case-studies',
      key: 'case-studies',
      id: 'case-studies',
      title: 'Examples and case studies',
      studies: guide.caseStudies.map((study) => ({ title: study.title, html: markdown(study.body), takeaway: study.takeaway })),
    });
  if (guide.relatedRoles.length > 0)
    parts.push({ kind: 'tags', key: 'related-roles', id: 'related-roles', title: 'Related roles', items: guide.relatedRoles });
  return inSeedPageOrder(sections, parts);
}

/** What the guide says, display-ready: the same for every visitor of one version of the guide. */
export function toGuideContentModel(guide: GuideView): GuideContentModel {
  const { stats } = guide;
  return {
    title: guide.title,
    occupation: occupationName(guide.title),
    summary: guide.summary,
    draftNotice:
      guide.status === 'published' ? null : `This guide is ${guide.status === 'draft' ? 'a draft' : 'archived'}: only admins can see it.`,
    figures: figures(stats),
    demand: stats.marketDemand
      ? {
          levels: DEMAND_LEVELS.map((level) => ({
            label: level[0]!.toUpperCase() + level.slice(1),
            current: level === stats.marketDemand,
          })),
          note: stats.demandNote,
        }
      : null,
    salary: salary(stats),
    blocks: blocks(guide),
    faqs: guide.faqs,
    sources: guide.sources,
  };
}
