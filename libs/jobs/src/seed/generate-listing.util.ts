import { escapeHtml } from '../markdown/render-markdown.util';
import { EmploymentType, SalaryPeriod, Seniority } from '../listing/job-listing.types';
import { slugify } from '../listing/slugify.util';
import { Random } from './random.util';
import {
  CATEGORIES,
  LONG_TAIL_TAGS,
  COMMON_BLURBS,
  COMPANY_FIRST,
  COMPANY_SECOND,
  COMPANY_SUFFIX,
  REGION_PROFILES,
  REQUIREMENTS,
  SENIORITY_SALARY_USD,
} from './listing-vocabulary';

export interface GeneratedCompany {
  slug: string;
  name: string;
  website: string;
}

export interface GeneratedListing {
  slug: string;
  companySlug: string;
  companyName: string;
  title: string;
  description: string;
  descriptionHtml: string;
  employmentType: EmploymentType;
  seniority: Seniority;
  category: string;
  remote: boolean;
  regions: string[];
  location: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: SalaryPeriod | null;
  tags: string[];
  applyUrl: string | null;
  featured: boolean;
  firstPublishedAt: Date;
  publishedAt: Date;
}

const SENIORITY_WEIGHTS: Array<[Seniority, number]> = [
  ['junior', 15],
  ['mid', 35],
  ['senior', 32],
  ['lead', 10],
  ['any', 8],
];
const TYPE_WEIGHTS: Array<[EmploymentType, number]> = [
  ['full_time', 72],
  ['contract', 14],
  ['part_time', 6],
  ['freelance', 5],
  ['internship', 3],
];
const PREFIX: Record<Seniority, string> = { junior: 'Junior ', mid: '', senior: 'Senior ', lead: 'Lead ', any: '' };
const TEAMS = ['Payments', 'Growth', 'Platform', 'Search', 'Onboarding', 'Billing', 'Mobile', 'Core', 'Integrations', 'Trust & Safety'];
const DAY_MS = 24 * 3600 * 1000;

export function generateCompany(index: number): GeneratedCompany {
  const first = COMPANY_FIRST[index % COMPANY_FIRST.length]!;
  const second = COMPANY_SECOND[Math.floor(index / COMPANY_FIRST.length) % COMPANY_SECOND.length]!;
  const round = Math.floor(index / (COMPANY_FIRST.length * COMPANY_SECOND.length));
  const suffix = COMPANY_SUFFIX[round % COMPANY_SUFFIX.length]!;
  const name = `${first} ${second}${suffix}${round >= COMPANY_SUFFIX.length ? ` ${round}` : ''}`;
  const slug = slugify(name);
  return { slug, name, website: `https://${slug}.example.com` };
}

function salary(random: Random, seniority: Seniority, currencies: Array<[string, number]>, usdRates: Record<string, number>) {
  if (random.chance(0.18)) return { salaryMin: null, salaryMax: null, salaryCurrency: null, salaryPeriod: null };
  const currency = random.weighted(currencies, ([, weight]) => weight)[0];
  const period: SalaryPeriod = random.weighted<[SalaryPeriod, number]>(
    [
      ['year', 84],
      ['month', 9],
      ['hour', 7],
    ],
    ([, weight]) => weight,
  )[0];
  const rate = usdRates[currency] ?? 0.0017;
  const yearlyUsd = SENIORITY_SALARY_USD[seniority]! * (0.7 + random.next() * 0.6);
  const perPeriod = yearlyUsd / rate / (period === 'year' ? 1 : period === 'month' ? 12 : 2080);
  const step = period === 'hour' ? 1 : period === 'month' ? 100 : 1000;
  const min = Math.max(step, Math.round(perPeriod / step) * step);
  const max = random.chance(0.15) ? null : Math.round((min * (1.1 + random.next() * 0.3)) / step) * step;
  return { salaryMin: min, salaryMax: max, salaryCurrency: currency, salaryPeriod: period };
}

/** One realistic-looking listing; the same `index` and `seed` always give the same listing. */
export function generateListing(index: number, companyCount: number, now: Date, usdRates: Record<string, number>): GeneratedListing {
  const random = new Random(index * 7919 + 17);
  const vocabulary = random.weighted(CATEGORIES, (c) => c.weight);
  const seniority = random.weighted(SENIORITY_WEIGHTS, ([, weight]) => weight)[0];
  const employmentType = random.weighted(TYPE_WEIGHTS, ([, weight]) => weight)[0];
  const profile = random.weighted(REGION_PROFILES, (p) => p.weight);
  const company = generateCompany(random.int(0, companyCount - 1));
  const team = random.chance(0.3) ? ` (${random.pick(TEAMS)})` : '';
  const title = `${PREFIX[seniority]}${random.pick(vocabulary.titles)}${team}`;
  const tags = random.sample(vocabulary.tags, random.int(2, 5));
  if (random.chance(0.12)) tags.push(random.pick(LONG_TAIL_TAGS));
  const remote = profile.regions.includes('Anywhere') || profile.regions.length === 0 || random.chance(0.45);
  const blurbs = random.sample(vocabulary.blurbs, 2);
  const perks = random.sample(COMMON_BLURBS, 2);
  const requirements = random.sample(REQUIREMENTS, 3);
  const stack = tags.join(', ');
  const description = [
    `## About the role`,
    `${company.name} is hiring a ${title}. ${blurbs.join(' ')}`,
    `## What you bring`,
    [...requirements, `Experience with ${stack}.`].map((line) => `- ${line}`).join('\n'),
    `## Why join us`,
    perks.join(' '),
  ].join('\n\n');
  const descriptionHtml = [
    `<h2>About the role</h2>`,
    `<p>${escapeHtml(`${company.name} is hiring a ${title}. ${blurbs.join(' ')}`)}</p>`,
    `<h2>What you bring</h2>`,
    `<ul>\n${[...requirements, `Experience with ${stack}.`].map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}\n</ul>`,
    `<h2>Why join us</h2>`,
    `<p>${escapeHtml(perks.join(' '))}</p>`,
  ].join('\n');
  const publishedAt = new Date(now.getTime() - random.next() * 29 * DAY_MS);
  const firstPublishedAt = random.chance(0.1) ? new Date(publishedAt.getTime() - random.next() * 20 * DAY_MS) : publishedAt;
  return {
    slug: `${slugify(title)}-${company.slug}-g${index}`,
    companySlug: company.slug,
    companyName: company.name,
    title,
    description,
    descriptionHtml,
    employmentType,
    seniority,
    category: vocabulary.category,
    remote,
    regions: profile.regions,
    location: random.pick(profile.locations),
    ...salary(random, seniority, profile.currencies, usdRates),
    tags,
    applyUrl: random.chance(0.6) ? `${company.website}/careers/${index}` : null,
    featured: random.chance(0.0005),
    firstPublishedAt,
    publishedAt,
  };
}
