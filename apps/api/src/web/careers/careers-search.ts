import { JOB_CATEGORIES } from '@app/jobs';
import { SelectOption } from '../views/components/form-fields';

export interface CareersSearchValues {
  q: string;
  category: string;
}

const text = (value: unknown): string => (Array.isArray(value) ? text(value[0]) : typeof value === 'string' ? value : '');

/** The search as typed, for the form (a refused search comes back as it was sent). */
export function careersSearchValues(raw: Record<string, unknown>): CareersSearchValues {
  return { q: text(raw.q), category: text(raw.category) };
}

/** The list's own address: only what is set, so the URL is the search. */
export function careersHref(values: CareersSearchValues, cursor?: string | null): string {
  const params = new URLSearchParams();
  if (values.q.trim() !== '') params.set('q', values.q.trim());
  if (values.category !== '') params.set('category', values.category);
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `/careers?${query}` : '/careers';
}

export function guideCategoryOptions(selected: string): SelectOption[] {
  const options = [
    { value: '', label: 'Any category' },
    ...JOB_CATEGORIES.map((category) => ({ value: category.slug, label: category.name })),
  ];
  return selected && !options.some((option) => option.value === selected) ? [...options, { value: selected, label: selected }] : options;
}
