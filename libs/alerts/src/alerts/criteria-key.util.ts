import { createHash } from 'node:crypto';
import { AlertCriteria } from './alert-criteria';

/** A canonical hash of normalised criteria: alerts with the same key are matched once per batch. */
export function criteriaKey(criteria: AlertCriteria): string {
  const canonical = Object.keys(criteria)
    .sort()
    .map((key) => {
      const value = criteria[key as keyof AlertCriteria];
      return [key, Array.isArray(value) ? [...value].sort() : value];
    });
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 32);
}
