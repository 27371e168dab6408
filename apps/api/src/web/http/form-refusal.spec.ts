import { describe, it } from 'node:test';
import { expect } from 'expect';
import { FastifyReply } from 'fastify';
import { DomainError, ErrorCode } from '@app/common';
import { formRefusal } from './form-refusal';

function recordingReply(): { reply: FastifyReply; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  const reply = { header: (name: string, value: string) => ((headers[name] = value), reply) } as unknown as FastifyReply;
  return { reply, headers };
}

describe('formRefusal', () => {
  it('puts a refusal without a field beside the field the page names for its code, with 422', () => {
    const { reply } = recordingReply();
    const refusal = formRefusal(new DomainError(ErrorCode.Unauthenticated, 'Email or password is incorrect'), reply, {
      [ErrorCode.Unauthenticated]: 'email',
    });
    expect(refusal).toEqual({ status: 422, errors: [{ field: 'email', message: 'Email or password is incorrect' }] });
  });

  it('keeps the field errors a service names', () => {
    const { reply } = recordingReply();
    expect(formRefusal(DomainError.badInput('timezone', 'must be an IANA time zone'), reply).errors).toEqual([
      { field: 'timezone', message: 'must be an IANA time zone' },
    ]);
  });

  it('answers too many tries with 429, Retry-After and the wait in words', () => {
    const { reply, headers } = recordingReply();
    const refusal = formRefusal(new DomainError(ErrorCode.RateLimited, 'slow down', undefined, { retryAfterSeconds: 61 }), reply);
    expect(refusal).toEqual({ status: 429, errors: [{ field: '', message: 'Too many attempts. Wait 2 minutes and try again.' }] });
    expect(headers).toEqual({ 'retry-after': '61' });
  });

  it('leaves everything that is not the visitor’s to fix to the error page', () => {
    const { reply } = recordingReply();
    const unavailable = new DomainError(ErrorCode.Unavailable, 'Redis is down');
    expect(() => formRefusal(unavailable, reply)).toThrow(unavailable);
    expect(() => formRefusal(new Error('boom'), reply)).toThrow('boom');
  });
});
