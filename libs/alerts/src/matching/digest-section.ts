import { AlertCriteria } from '../alerts/alert-criteria';
import { Bits } from './bitset.util';

/** One alert's part of a digest, as stored on the digest row (ids only; the mail re-reads the listings). */
export interface DigestSection {
  alertId: string;
  alertName: string;
  criteria: AlertCriteria;
  /** Shown in the mail, newest first; every one is in the delivery ledger. */
  listingIds: string[];
  /** Further matches not shown ("N more"). */
  more: number;
}

/** An alert served in a digest, with what the matcher needs. */
export interface ServedAlert {
  id: string;
  name: string;
  criteria: AlertCriteria;
  criteriaKey: string;
  cursorAt: Date;
}

/**
 * The listings open now and first published after the batch's oldest cursor, newest first
 * (position = ordinal); `matches` has, per criteria key, the bitset of the positions it matches.
 */
export interface FreshMatches {
  ids: string[];
  /** First publication, epoch ms, descending. */
  times: number[];
  /** When the fresh set was read (epoch ms): cursors may advance only to before it. */
  takenAt: number;
  matches: Map<string, Bits>;
}
