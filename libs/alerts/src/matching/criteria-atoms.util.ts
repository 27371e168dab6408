import { AlertCriteria } from '../alerts/alert-criteria';

/**
 * Splits criteria into the independent conditions buildSearchConditions AND-s together (one per
 * field; salaryMin goes with its currency), so each distinct condition is evaluated once per batch
 * and an alert's matches are the intersection of its atoms' matches. Criteria with no atom match
 * every listing. Keys are canonical: the same condition written by two alerts has one key.
 */
export function criteriaAtoms(criteria: AlertCriteria): Array<{ key: string; criteria: AlertCriteria }> {
  const atoms: AlertCriteria[] = [];
  if (criteria.q !== undefined) atoms.push({ q: criteria.q });
  if (criteria.category !== undefined) atoms.push({ category: criteria.category });
  if (criteria.type !== undefined) atoms.push({ type: criteria.type });
  if (criteria.seniority !== undefined && criteria.seniority !== 'any') atoms.push({ seniority: criteria.seniority });
  if (criteria.region !== undefined) atoms.push({ region: criteria.region });
  if (criteria.remote !== undefined) atoms.push({ remote: criteria.remote });
  if (criteria.salaryMin !== undefined) {
    atoms.push(
      criteria.currency === undefined ? { salaryMin: criteria.salaryMin } : { salaryMin: criteria.salaryMin, currency: criteria.currency },
    );
  }
  if (criteria.tags !== undefined && criteria.tags.length > 0) atoms.push({ tags: [...criteria.tags].sort() });
  return atoms.map((atom) => ({ key: JSON.stringify(atom), criteria: atom }));
}
