import { isISO8601, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * An ISO 8601 date or date-time that is also a point in time JavaScript can read. Strict ISO 8601 alone also
 * admits forms such as `20260131` and `2026-W05`, which `new Date` cannot parse (an Invalid Date, then a 500).
 */
export function isIsoDate(value: unknown): value is string {
  return isISO8601(value, { strict: true }) && !Number.isNaN(Date.parse(value as string));
}

export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isIsoDate', validator: { validate: isIsoDate, defaultMessage: () => '$property must be an ISO 8601 date' } },
    options,
  );
}
