import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorCode, FieldError } from '@app/common';

/** class-validator's errors as field errors, each naming its field by path (`company.name`, `[3].salaryMin`). */
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

/** The options of strict validation: unknown fields are rejected (not stripped). */
export const STRICT_VALIDATION = { whitelist: true, forbidNonWhitelisted: true } as const;

/** Strict validation: unknown fields are rejected (not stripped), and every error names its field. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    ...STRICT_VALIDATION,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      const detail = fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ');
      return new DomainError(ErrorCode.BadInput, detail || 'Invalid input', fieldErrors);
    },
  });
}
