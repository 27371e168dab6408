import { SelectOption } from '../views/components/form-fields';

/** A form field as one string (a repeated field: its first value). */
export const textOf = (value: unknown): string => (Array.isArray(value) ? textOf(value[0]) : typeof value === 'string' ? value : '');

/** "go, kubernetes" → ['go', 'kubernetes']. */
export const commaList = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** An optional field left empty is null. */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** A status filter's options: "any" first, then each status by its name. */
export function statusOptions(any: string, statuses: readonly string[]): SelectOption[] {
  return [{ value: '', label: any }, ...statuses.map((status) => ({ value: status, label: status[0]!.toUpperCase() + status.slice(1) }))];
}
