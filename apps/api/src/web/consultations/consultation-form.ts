import { DomainError, ErrorCode, FieldError } from '@app/common';
import { ConsultationMessageDto } from '../../consultations/dto/consultation-message.dto';
import { formFields, labelledErrors, validateForm } from '../http/validate-form';

export const CONSULTATION_FORM_LABELS: Record<string, string> = { topic: 'Topic', message: 'Message' };

export interface ConsultationFormRefusal {
  status: number;
  /** Beside their fields. */
  errors: FieldError[];
  /** Of no one field: the plan (403), a closed thread (409), the open-thread or thread-length limit (422). */
  formErrors: FieldError[];
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.BusinessRule]: 422,
};

/** The consultations services' refusals as a form shows them, with the service's status; anything else is rethrown. */
export function consultationFormRefusal(error: unknown): ConsultationFormRefusal {
  if (!(error instanceof DomainError)) throw error;
  if (error.code === ErrorCode.BadInput) {
    return { status: 422, errors: labelledErrors(error.errors ?? [], CONSULTATION_FORM_LABELS), formErrors: [] };
  }
  const status = STATUS_OF[error.code];
  if (status === undefined) throw error;
  return { status, errors: [], formErrors: [{ field: '', message: `${error.detail}.` }] };
}

export const NO_REFUSAL: ConsultationFormRefusal = { status: 200, errors: [], formErrors: [] };

/** A refusal made of the form's own field errors (the DTO's), worded with the labels. */
export function invalidForm(errors: FieldError[]): ConsultationFormRefusal {
  return { status: 422, errors: labelledErrors(errors, CONSULTATION_FORM_LABELS), formErrors: [] };
}

export type MessagePost =
  { sent: true; fields: Record<string, string> } | { sent: false; message: string; refusal: ConsultationFormRefusal };

/** A posted "Message", checked by the API's DTO and handed to `send`; a refused one comes back as typed, with why. */
export async function postMessage(body: unknown, send: (input: ConsultationMessageDto) => Promise<unknown>): Promise<MessagePost> {
  const fields = formFields(body);
  const message = fields.message ?? '';
  const checked = await validateForm(ConsultationMessageDto, { message });
  if (checked.errors) return { sent: false, message, refusal: invalidForm(checked.errors) };
  try {
    await send(checked.value);
    return { sent: true, fields };
  } catch (error) {
    return { sent: false, message, refusal: consultationFormRefusal(error) };
  }
}
