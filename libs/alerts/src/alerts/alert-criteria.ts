import { SearchCriteria } from '@app/jobs';

export const ALERT_FREQUENCIES = ['daily', 'weekly'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

/** What an alert matches on: the listing search's criteria (SPEC §7) without `postedSince`. */
export type AlertCriteria = Omit<SearchCriteria, 'postedSince'>;

/** How far back a new (or resumed) alert starts looking. */
export const PERIOD_MS: Record<AlertFrequency, number> = {
  daily: 24 * 3600 * 1000,
  weekly: 7 * 24 * 3600 * 1000,
};

export const MAX_LISTINGS_PER_ALERT = 20;
