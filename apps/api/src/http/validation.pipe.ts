import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ClassTransformOptions } from 'class-transformer';
import { ValidatorOptions } from 'class-validator';
import { DomainError, ErrorCode, FieldError } from '@app/common';

/** Unknown fields are refused (not stripped) and every rule is checked, so each error names its field. */
export const VALIDATOR_OPTIONS: ValidatorOptions = { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false };
export const TRANSFORM_OPTIONS: ClassTransformOptions = { enableImplicitConversion: false };

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

class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const dto = selfParsing(metadata);
    return dto ? dto.parseQuery((value ?? {}) as Record<string, unknown>) : super.transform(value, metadata);
  }
}

/** Strict validation: unknown fields are rejected (not stripped), and every error names its field. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    transformOptions: TRANSFORM_OPTIONS,
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      const detail = fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ');
      return new DomainError(ErrorCode.BadInput, detail || 'Invalid input', fieldErrors);
    },
  });
}
