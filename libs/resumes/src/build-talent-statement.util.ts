import { websearchQueryText } from '@app/database';
import { TalentPosition } from './talent-query';

export interface TalentFilters {
  q?: string;
  skill?: string;
  region?: string;
}

/** The region's words as a phrase over the location lexemes (weight D, 'simple' configuration); null when none. */
export function regionTsquery(region: string): string | null {
  const words = region.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((word) => `${word}:D`).join(' <-> ') : null;
}

/**
 * The directory's one statement: public resumes, featured first, then newest update, then id — the order of
 * resumes_directory_idx, walked backwards from the cursor's position. Only the filters present are written, so
 * each shape is planned for what it asks (an unfiltered page is a bounded index scan; a search a GIN bitmap).
 */
export function buildTalentStatement(filters: TalentFilters, limit: number, after?: TalentPosition): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where = [`r.visibility = 'public'`];
  if (filters.q) where.push(`r.search_vector @@ websearch_to_tsquery('english', ${param(websearchQueryText(filters.q))})`);
  if (filters.skill) where.push(`r.skill_keys @> ARRAY[${param(filters.skill.trim().toLowerCase())}]::text[]`);
  const region = filters.region ? regionTsquery(filters.region) : null;
  if (filters.region) where.push(region ? `r.search_vector @@ to_tsquery('simple', ${param(region)})` : 'false');
  if (after) where.push(`(r.featured, r.updated_at, r.id) < (${param(after.f)}, ${param(after.u)}::timestamptz, ${param(after.i)}::uuid)`);
  const text = `SELECT r.id, r.user_id, u.name AS owner_name, r.headline, r.location, r.skills, r.handle, r.featured, r.updated_at
    FROM resumes r JOIN users u ON u.id = r.user_id
    WHERE ${where.join(' AND ')}
    ORDER BY r.featured DESC, r.updated_at DESC, r.id DESC
    LIMIT ${param(limit + 1)}`;
  return { text, values };
}
