import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { FieldError } from '@app/common';
import { flattenValidationErrors, STRICT_VALIDATION } from '../../http/validation.pipe';

export type FormCheck<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * A page form checked by the API's own DTO class, with the global pipe's options: the same rules and messages
 * as the JSON twin, each error naming its field (`company.name`) so the form can show it beside that field.
 */
export async function validateForm<T extends object>(type: ClassConstructor<T>, plain: Record<string, unknown>): Promise<FormCheck<T>> {
  const value = plainToInstance(type, plain);
  const errors = flattenValidationErrors(await validate(value, STRICT_VALIDATION));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}
