import { normalizeRegion, normalizeTag, SearchCriteria } from '@app/jobs';
import { ListJobsQueryDto } from './job-filters.dto';

/** Query-string filters → the domain's search criteria. */
export function toSearchCriteria(query: Omit<ListJobsQueryDto, 'limit' | 'cursor'>): SearchCriteria {
  const criteria: SearchCriteria = {};
  if (query.q?.trim()) criteria.q = query.q.trim();
  if (query.category) criteria.category = query.category;
  if (query.type) criteria.type = query.type;
  if (query.seniority) criteria.seniority = query.seniority;
  if (query.region?.trim()) criteria.region = normalizeRegion(query.region);
  if (query.remote !== undefined) criteria.remote = query.remote;
  if (query.salaryMin !== undefined) criteria.salaryMin = query.salaryMin;
  if (query.currency) criteria.currency = query.currency;
  const tags = [...new Set((query.tag ?? []).map(normalizeTag).filter(Boolean))];
  if (tags.length > 0) criteria.tags = tags;
  if (query.postedSince) criteria.postedSince = new Date(query.postedSince);
  return criteria;
}
