import { Type } from '@nestjs/common';
import { DomainError, ErrorCode, FieldError } from '@app/common';
import { createValidationPipe } from '../../http/validation.pipe';
import { CSRF_FIELD } from './csrf.guard';

const pipe = createValidationPipe();

export type Validated<T> = { value: T; errors: [] } | { value: null; errors: FieldError[] };

export interface ValidateFormOptions {
  /** Empty fields mean "not given" (a GET form sends all its fields, filled or not). */
  dropEmpty?: boolean;
}

/**
 * A form (or a page's query) checked by the API's own DTO class and pipe: the same rules and messages, unknown
 * fields refused. The CSRF field is the page's, not the DTO's, and is left out.
 */
export async function validateForm<T extends object>(
  dto: Type<T>,
  raw: Record<string, unknown>,
  options: ValidateFormOptions = {},
): Promise<Validated<T>> {
  const given = Object.fromEntries(
    Object.entries(raw).filter(([name, value]) => name !== CSRF_FIELD && !(options.dropEmpty && (value === '' || value === undefined))),
  );
  try {
    return { value: (await pipe.transform(given, { type: 'body', metatype: dto })) as T, errors: [] };
  } catch (error) {
    if (error instanceof DomainError && error.code === ErrorCode.BadInput) return { value: null, errors: error.errors ?? [] };
    throw error;
  }
}
