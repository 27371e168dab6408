export enum ErrorCode {
  BadInput = 'bad_input',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  Conflict = 'conflict',
  PayloadTooLarge = 'payload_too_large',
  BusinessRule = 'business_rule',
  RateLimited = 'rate_limited',
  Unavailable = 'unavailable',
}

export interface FieldError {
  field: string;
  message: string;
}

/**
 * The one error type services throw. The HTTP layer maps `code` to a status and
 * renders problem+json; `detail` and `errors` are shown to the client, so they must
 * never carry internals.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly extras?: { retryAfterSeconds?: number },
  ) {
    super(detail);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError(ErrorCode.NotFound, `${what} not found`);
  }

  static badInput(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.BadInput, `${field}: ${message}`, [{ field, message }]);
  }

  static conflict(detail: string): DomainError {
    return new DomainError(ErrorCode.Conflict, detail);
  }
}
