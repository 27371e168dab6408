import { HttpException, HttpStatus } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode, FieldError } from '@app/common';
import { isDatabaseUnavailable } from '@app/database';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  errorId?: string;
}

export interface Problem {
  body: ProblemDetails;
  headers: Record<string, string>;
  /** Set for unexpected errors: they are logged in full under `body.errorId`. */
  unexpected?: unknown;
}

const STATUS_OF_CODE: Record<ErrorCode, number> = {
  [ErrorCode.BadInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.BusinessRule]: 422,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.Unavailable]: 503,
};

const CODE_OF_STATUS = new Map<number, ErrorCode>(Object.entries(STATUS_OF_CODE).map(([code, status]) => [status, code as ErrorCode]));

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The problem+json body of a status: `type` from our error code (or the status class), the status's title. */
export function problemDetails(status: number, detail: string, errors?: FieldError[]): ProblemDetails {
  const code = CODE_OF_STATUS.get(status) ?? (status >= 500 ? 'internal' : 'client_error');
  return {
    type: `urn:jobboard:problem:${code.replace(/_/g, '-')}`,
    title: TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

function httpExceptionDetail(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/** Fastify's own errors (body parsing, size limits) carry a safe message and a 4xx status. */
function isFastifyClientError(error: unknown): error is { statusCode: number; message: string; code: string } {
  const e = error as { statusCode?: unknown; code?: unknown };
  return (
    typeof e?.statusCode === 'number' &&
    e.statusCode >= 400 &&
    e.statusCode < 500 &&
    typeof e.code === 'string' &&
    e.code.startsWith('FST_')
  );
}

/** A multipart body the parser (busboy) could not read: the client's fault, raised as a plain Error by the parser. */
function isMalformedMultipart(error: unknown): boolean {
  return error instanceof Error && typeof error.stack === 'string' && /[\\/]@fastify[\\/]busboy[\\/]/.test(error.stack);
}

/** Turns any thrown value into problem+json. Only known error types ever reach the client's eyes. */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) {
    const headers: Record<string, string> = {};
    if (error.extras?.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.extras.retryAfterSeconds);
    return { body: problemDetails(STATUS_OF_CODE[error.code], error.detail, error.errors), headers };
  }
  if (error instanceof HttpException && error.getStatus() < 500) {
    return { body: problemDetails(error.getStatus(), httpExceptionDetail(error)), headers: {} };
  }
  if (isMalformedMultipart(error))
    return { body: problemDetails(400, 'The form data could not be read (malformed multipart body)'), headers: {} };
  if (isFastifyClientError(error)) {
    const detail = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'Request body is larger than 1 MB' : error.message;
    return { body: problemDetails(error.statusCode, detail), headers: {} };
  }
  const errorId = randomUUID();
  const dependencyDown = (error instanceof HttpException && error.getStatus() === 503) || isDatabaseUnavailable(error);
  const status = dependencyDown ? HttpStatus.SERVICE_UNAVAILABLE : 500;
  const detail = status === 503 ? 'A dependency is unavailable; try again shortly' : 'An unexpected error occurred';
  return { body: { ...problemDetails(status, `${detail} (error id ${errorId})`), errorId }, headers: {}, unexpected: error };
}
