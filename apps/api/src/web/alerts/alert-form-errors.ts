import { DomainError, ErrorCode, FieldError } from '@app/common';
import { labelledErrors } from '../http/validate-form';
import { ALERT_FORM_LABELS } from './alert-form';

export interface AlertFormRefusal {
  status: number;
  /** Beside their fields (bad criteria, a frequency the plan does not have). */
  errors: FieldError[];
  /** Of no one field (the plan's maximum). */
  formErrors: FieldError[];
}

/**
 * The AlertsService's refusals as the form shows them: bad criteria beside their fields (422), daily without Plus
 * beside "Frequency" (the service's 403, naming Plus), the plan's maximum above the form (422). Anything else is
 * not the form's business and is rethrown.
 */
export function alertFormRefusal(error: unknown): AlertFormRefusal {
  if (!(error instanceof DomainError)) throw error;
  switch (error.code) {
    case ErrorCode.BadInput:
      return { status: 422, errors: labelledErrors(error.errors ?? [], ALERT_FORM_LABELS), formErrors: [] };
    case ErrorCode.Forbidden:
      return { status: 403, errors: [{ field: 'frequency', message: `${error.detail}.` }], formErrors: [] };
    case ErrorCode.BusinessRule:
      return { status: 422, errors: [], formErrors: [{ field: '', message: `${error.detail}.` }] };
    default:
      throw error;
  }
}
