import { AlertCriteria } from '@app/alerts';
import { categoryName, EMPLOYMENT_TYPE_NAMES, SENIORITY_NAMES } from '@app/jobs';
import { formatMoney } from '../views/format';

/** An alert's criteria in words, one fact each ("Keywords: “go”", "Remote only", "From $90,000 a year"). */
export function describeCriteria(criteria: AlertCriteria): string[] {
  const facts: string[] = [];
  if (criteria.q) facts.push(`Keywords: “${criteria.q}”`);
  if (criteria.category) facts.push(categoryName(criteria.category));
  if (criteria.type) facts.push(EMPLOYMENT_TYPE_NAMES[criteria.type] ?? criteria.type);
  if (criteria.seniority) facts.push(SENIORITY_NAMES[criteria.seniority] ?? criteria.seniority);
  if (criteria.region) facts.push(`In ${criteria.region}`);
  if (criteria.remote === true) facts.push('Remote only');
  if (criteria.remote === false) facts.push('On site');
  if (criteria.salaryMin !== undefined) facts.push(`From ${formatMoney(criteria.salaryMin, criteria.currency ?? 'USD')} a year`);
  if (criteria.tags && criteria.tags.length > 0) facts.push(`Skills: ${criteria.tags.join(', ')}`);
  return facts.length > 0 ? facts : ['Every new job'];
}
