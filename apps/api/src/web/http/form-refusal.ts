import { FastifyReply } from 'fastify';
import { DomainError, ErrorCode, FieldError } from '@app/common';

/** Why a posted form comes back: the errors to show and the status of the re-rendered form. */
export interface FormRefusal {
  errors: FieldError[];
  status: number;
}

const REFUSED = new Set([ErrorCode.BadInput, ErrorCode.Conflict, ErrorCode.BusinessRule, ErrorCode.Unauthenticated]);

function inWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/**
 * A lib service's refusal of a posted form, as the form shows it: field errors beside their fields (a refusal
 * without a field goes beside `fieldFor[code]`, or to the top), status 422; too many tries 429 with Retry-After.
 * Anything else is not the visitor's to fix and goes on to the error page.
 */
export function formRefusal(error: unknown, reply: FastifyReply, fieldFor: Partial<Record<ErrorCode, string>> = {}): FormRefusal {
  if (!(error instanceof DomainError)) throw error;
  if (error.code === ErrorCode.RateLimited) {
    const seconds = error.extras?.retryAfterSeconds ?? 60;
    reply.header('retry-after', String(seconds));
    return { errors: [{ field: '', message: `Too many attempts. Wait ${inWords(seconds)} and try again.` }], status: 429 };
  }
  if (!REFUSED.has(error.code)) throw error;
  const errors = error.errors?.length ? error.errors : [{ field: fieldFor[error.code] ?? '', message: error.detail }];
  return { errors, status: 422 };
}
