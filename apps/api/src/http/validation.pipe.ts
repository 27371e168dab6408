import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorCode, FieldError } from '@app/common';
import { rejectNonText } from './non-text-input';

/** class-validator's errors as our field errors (`criteria.salaryMin`, `tags[2]`), each message without the `property x` prefix. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? (/^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property \S+ /, ''),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** A query DTO of a hot route may parse its raw query itself, instead of class-transformer + class-validator. */
export interface SelfParsingQuery {
  parseQuery(raw: Record<string, unknown>): unknown;
}

function selfParsing(metadata: ArgumentMetadata): SelfParsingQuery | undefined {
  const type = metadata.metatype as Partial<SelfParsingQuery> | undefined;
  return metadata.type === 'query' && typeof type?.parseQuery === 'function' ? (type as SelfParsingQuery) : undefined;
}

/** Field errors named in one answer; the detail counts the rest. */
const MAX_REPORTED_ERRORS = 50;

const CHECKED_FOR_TEXT = new Set<ArgumentMetadata['type']>(['body', 'query', 'param']);

class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (CHECKED_FOR_TEXT.has(metadata.type)) rejectNonText(value, metadata.data ?? metadata.type);
    const dto = selfParsing(metadata);
    return dto ? dto.parseQuery((value ?? {}) as Record<string, unknown>) : super.transform(value, metadata);
  }
}

/** The rules of every body and query: unknown fields are rejected (not stripped), no implicit conversion. */
export const VALIDATOR_OPTIONS = { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false } as const;
export const TRANSFORM_OPTIONS = { enableImplicitConversion: false } as const;

/**
 * Strict validation: unknown fields are rejected (not stripped), and every error names its field. Before any
 * rule, every string of the body, query and path parameters must be text (no NUL or other controls, no lone
 * surrogates) and the body at most MAX_INPUT_DEPTH deep: the one place hostile characters are stopped.
 */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    transformOptions: TRANSFORM_OPTIONS,
    exceptionFactory: (errors) => {
      const all = flattenValidationErrors(errors);
      const fieldErrors = all.slice(0, MAX_REPORTED_ERRORS);
      const more = all.length > fieldErrors.length ? `; and ${all.length - fieldErrors.length} more` : '';
      const detail = fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ') + more;
      return new DomainError(ErrorCode.BadInput, detail || 'Invalid input', fieldErrors);
    },
  });
}
