import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { FieldError } from '@app/common';
import { flattenValidationErrors, TRANSFORM_OPTIONS, VALIDATOR_OPTIONS } from '../../http/validation.pipe';
import { CSRF_FIELD } from './csrf.guard';

export type FormOutcome<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export interface FormOptions {
  /**
   * The label each field has on the page, in the order of the form: messages start with it ("Password must be
   * longer…") and the error summary lists them in that order.
   */
  labels: Record<string, string>;
  /** Fields of the page itself (e.g. `next`), not of the DTO; the CSRF field is always left out. */
  pageFields?: string[];
}

function startsWithLabel(error: FieldError, labels: Record<string, string>): FieldError {
  const label = labels[error.field];
  if (!label || !error.message.startsWith(`${error.field} `)) return error;
  return { field: error.field, message: `${label}${error.message.slice(error.field.length)}` };
}

/**
 * A posted form checked by the JSON API's own DTO class with the API's own options: the same rules, the same
 * refusal of unknown fields, every error naming its field.
 */
export async function validateForm<T extends object>(
  dto: ClassConstructor<T>,
  body: unknown,
  options: FormOptions,
): Promise<FormOutcome<T>> {
  const left = new Set([CSRF_FIELD, ...(options.pageFields ?? [])]);
  const fields = body !== null && typeof body === 'object' ? Object.entries(body).filter(([name]) => !left.has(name)) : [];
  const value = plainToInstance(dto, Object.fromEntries(fields), TRANSFORM_OPTIONS);
  const errors = flattenValidationErrors(await validate(value, VALIDATOR_OPTIONS));
  if (errors.length === 0) return { ok: true, value };
  // One message per field, as a person fixes one thing at a time, top to bottom.
  const order = Object.keys(options.labels);
  const position = (error: FieldError) => (order.includes(error.field) ? order.indexOf(error.field) : order.length);
  const firstPerField = errors.filter((error, i) => errors.findIndex((other) => other.field === error.field) === i);
  return {
    ok: false,
    errors: firstPerField.sort((a, b) => position(a) - position(b)).map((error) => startsWithLabel(error, options.labels)),
  };
}

/** A field of a posted form as typed, for showing it again ('' when absent or not text). */
export function formText(body: unknown, name: string): string {
  const value = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : '';
}
