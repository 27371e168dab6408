import { Injectable } from '@nestjs/common';
import { ListingItem } from '@app/jobs';
import { Html } from '../html/html';
import { h } from '../html/jsx';
import { ListingCard } from '../views/components/listing-card';
import { formatAge } from '../views/format';
import { toListingCard } from './to-listing-card';

const MAX_ENTRIES = 5000;
/** The item's publication time, read without parsing the item (inside a JSON string a quote is always escaped). */
const PUBLISHED_AT = /"publishedAt":"([^"]+)"/;

/**
 * Listing cards of the search page, rendered once per listing item text and age: the item is the JSON text
 * Postgres keeps rendered (job_listing_items), so an edited listing is a new text and a new card, and "3 days
 * ago" is part of the key. Saves parsing and rendering twenty cards per search; the oldest entries go first.
 */
@Injectable()
export class ListingCardCache {
  private readonly cards = new Map<string, Html>();

  render(items: string[], now: Date): Html[] {
    return items.map((item) => {
      const published = PUBLISHED_AT.exec(item)?.[1];
      const key = `${published ? formatAge(published, now) : ''}\u0000${item}`;
      const cached = this.cards.get(key);
      if (cached) return cached;
      const card = h(ListingCard, { listing: toListingCard(JSON.parse(item) as ListingItem, now) });
      if (this.cards.size >= MAX_ENTRIES) this.cards.delete(this.cards.keys().next().value!);
      this.cards.set(key, card);
      return card;
    });
  }
}
