import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { FieldError } from '@app/common';
import { flattenValidationErrors, TRANSFORM_OPTIONS, VALIDATOR_OPTIONS } from '../../http/validation.pipe';
import { CSRF_FIELD } from './csrf.guard';

export type FormResult<T> = { ok: true; value: T; errors: null } | { ok: false; value: null; errors: FieldError[] };

/**
 * A posted form's fields as typed: one string per name (the first, if a name came twice), line breaks as `\n`
 * (browsers send a textarea's as CRLF), the CSRF token left out. A body that is not a form has no fields.
 */
export function formFields(body: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return fields;
  for (const [name, value] of Object.entries(body)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (name !== CSRF_FIELD && typeof first === 'string') fields[name] = first.replace(/\r\n?/g, '\n');
  }
  return fields;
}

/**
 * A form's values checked by the JSON API's own DTO class with the global pipe's options (the same rules and
 * messages as the API): the DTO instance, or the errors by field.
 */
export async function validateForm<T extends object>(dto: ClassConstructor<T>, plain: Record<string, unknown>): Promise<FormResult<T>> {
  const value = plainToInstance(dto, plain, TRANSFORM_OPTIONS);
  const errors = flattenValidationErrors(await validate(value, VALIDATOR_OPTIONS));
  return errors.length === 0 ? { ok: true, value, errors: null } : { ok: false, value: null, errors: onePerField(errors) };
}

/**
 * A form shows one message per field (GOV.UK's rule). class-validator lists a property's rules last-written
 * first, so the last message is the rule written first on the DTO: the type (`must be an integer number`), not
 * the range that a non-number fails as well.
 */
function onePerField(errors: FieldError[]): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const error of errors) byField.set(error.field, error);
  return [...byField.values()];
}

/**
 * Errors worded for people: the field's label instead of its property name ("coverLetter must be …" →
 * "Cover letter must be …"), or before a message that names no subject ("must be an integer" from a service).
 */
export function labelledErrors(errors: FieldError[], labels: Record<string, string>): FieldError[] {
  return errors.map((error) => {
    const field = error.field.replace(/\[\d+\]$/, '');
    const label = labels[field];
    if (!label) return { ...error, field };
    const property = field.slice(field.lastIndexOf('.') + 1);
    const { message } = error;
    if (message.startsWith(`${property} `)) return { field, message: `${label} ${message.slice(property.length + 1)}` };
    const each = `each value in ${property} `;
    if (message.startsWith(each)) return { field, message: `${label}: each value ${message.slice(each.length)}` };
    return { field, message: `${label} ${message}` };
  });
}

export interface LabelledFormOptions {
  /** The label each field has on the page, in the order of the form: the error summary follows that order. */
  labels: Record<string, string>;
  /** Fields of the page itself (e.g. `next`), not of the DTO. */
  pageFields?: string[];
}

export type FormOutcome<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** validateForm on a posted body, its errors worded with the labels and in the order of the form. */
export async function validateLabelledForm<T extends object>(
  dto: ClassConstructor<T>,
  body: unknown,
  options: LabelledFormOptions,
): Promise<FormOutcome<T>> {
  const fields: Record<string, unknown> = formFields(body);
  for (const name of options.pageFields ?? []) delete fields[name];
  const checked = await validateForm(dto, fields);
  if (!checked.errors) return { ok: true, value: checked.value };
  const order = Object.keys(options.labels);
  const position = (error: FieldError) => (order.includes(error.field) ? order.indexOf(error.field) : order.length);
  return {
    ok: false,
    errors: labelledErrors(
      [...checked.errors].sort((a, b) => position(a) - position(b)),
      options.labels,
    ),
  };
}

/** A field of a posted form as typed, for showing it again ('' when absent, repeated or not text). */
export function formText(body: unknown, name: string): string {
  const value = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : '';
}
