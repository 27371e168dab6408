import { MAX_LISTINGS_PER_ALERT } from '../alerts/alert-criteria';
import { countBelow, forEachBitBelow, hasBit } from './bitset.util';
import { DigestSection, FreshMatches, ServedAlert } from './digest-section';

/** Positions [0, result) of the fresh set were first published strictly after `cursor` (times descend). */
export function newerThan(times: number[], cursor: Date): number {
  const limit = cursor.getTime();
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (times[middle]! > limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * One user's digest: per alert (in the order given) the matching listings first published after
 * its cursor and never delivered to the user, newest first, at most `limit` shown; a listing shown
 * for one alert is not shown again for another; the rest are counted as "more". Alerts with
 * nothing to show are left out, so an empty result means "no mail".
 */
export function assembleDigest(
  alerts: ServedAlert[],
  fresh: FreshMatches,
  delivered: ReadonlySet<number>,
  limit = MAX_LISTINGS_PER_ALERT,
): DigestSection[] {
  const shown = new Set<number>();
  const picks = alerts.map((alert) => {
    const bits = fresh.matches.get(alert.criteriaKey);
    const end = newerThan(fresh.times, alert.cursorAt);
    const picked: number[] = [];
    if (bits) {
      forEachBitBelow(bits, end, (position) => {
        if (!delivered.has(position) && !shown.has(position)) {
          shown.add(position);
          picked.push(position);
        }
        return picked.length < limit;
      });
    }
    return { alert, bits, end, picked };
  });
  return picks
    .filter(({ picked }) => picked.length > 0)
    .map(({ alert, bits, end, picked }) => {
      let unavailable = 0;
      for (const position of delivered) if (position < end && hasBit(bits!, position)) unavailable += 1;
      for (const position of shown) if (position < end && hasBit(bits!, position)) unavailable += 1;
      return {
        alertId: alert.id,
        alertName: alert.name,
        criteria: alert.criteria,
        listingIds: picked.map((position) => fresh.ids[position]!),
        more: countBelow(bits!, end) - unavailable,
      };
    });
}
