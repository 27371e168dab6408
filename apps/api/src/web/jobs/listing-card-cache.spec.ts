import { describe, it } from 'node:test';
import { expect } from 'expect';
import { ListingItem } from '@app/jobs';
import { ListingCardCache } from './listing-card-cache';

const DAY_MS = 86_400_000;

function item(overrides: Partial<ListingItem> = {}): string {
  const listing = {
    id: '7f595b3d-5b70-4045-9ec4-9023ee055607',
    slug: 'platform-engineer',
    title: 'Platform Engineer',
    company: { name: 'Delta <Systems>', website: null, logoUrl: null },
    employmentType: 'full_time',
    seniority: 'senior',
    category: 'engineering',
    remote: true,
    regions: ['Europe'],
    location: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    salaryPeriod: null,
    tags: ['go'],
    applyUrl: null,
    status: 'published',
    featured: false,
    publishedAt: '2031-03-10T09:00:00.000Z',
    expiresAt: '2031-04-09T09:00:00.000Z',
    ...overrides,
  };
  return JSON.stringify(listing);
}

describe('ListingCardCache', () => {
  const now = new Date('2031-03-12T12:00:00Z');

  it('renders a card once per item text and age, escaping as the view does', () => {
    const cache = new ListingCardCache();
    const [first] = cache.render([item()], now);
    const [again] = cache.render([item()], new Date(now.getTime() + 60_000));
    expect(again).toBe(first);
    expect(first!.value).toContain('Delta &lt;Systems&gt;');
    expect(first!.value).toContain('2 days ago');
  });

  it('renders again when the listing changes or its age in words does', () => {
    const cache = new ListingCardCache();
    const [first] = cache.render([item()], now);
    const [edited] = cache.render([item({ title: 'Staff Platform Engineer' })], now);
    expect(edited).not.toBe(first);
    expect(edited!.value).toContain('Staff Platform Engineer');
    const [older] = cache.render([item()], new Date(now.getTime() + DAY_MS));
    expect(older!.value).toContain('3 days ago');
  });

  it('shows no age for an item without a publication time', () => {
    const [card] = new ListingCardCache().render([item({ publishedAt: null })], now);
    expect(card!.value).not.toContain('Posted');
  });
});
