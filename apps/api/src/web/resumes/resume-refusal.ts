import { DomainError, ErrorCode, FieldError } from '@app/common';
import { labelOf } from './resume-form';

/** Field errors worded with the form's labels ("headline must be …" → "Headline must be …"); sentences stay as they are. */
export function labelledResumeErrors(errors: FieldError[]): FieldError[] {
  return errors.map((error) => {
    const label = labelOf(error.field);
    if (!label || /^[A-Z“]/.test(error.message)) return error;
    const property = error.field.slice(error.field.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '');
    const each = `each value in ${property} `;
    if (error.message.startsWith(each)) return { field: error.field, message: `${label}: each value ${error.message.slice(each.length)}` };
    if (error.message.startsWith(`${property} `))
      return { field: error.field, message: `${label} ${error.message.slice(property.length + 1)}` };
    return { field: error.field, message: `${label} ${error.message}` };
  });
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BadInput]: 422,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.BusinessRule]: 422,
  [ErrorCode.PayloadTooLarge]: 413,
};

/** A resume service's refusal as a form shows it: its status, each message beside its field (else beside `field`). */
export function resumeRefusal(error: unknown, field: string): { status: number; errors: FieldError[] } {
  if (!(error instanceof DomainError)) throw error;
  const status = STATUS_OF[error.code];
  if (status === undefined) throw error;
  const errors = error.errors?.length
    ? error.errors.map((e) => ({ field: e.field || field, message: e.message }))
    : [{ field, message: error.detail }];
  return { status, errors: labelledResumeErrors(errors) };
}
