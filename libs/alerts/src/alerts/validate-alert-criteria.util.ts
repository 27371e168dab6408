import { DomainError } from '@app/common';
import { validateSearchCriteria } from '@app/jobs';
import { AlertCriteria } from './alert-criteria';

/** The search's own validation and normalisation; `postedSince` means nothing for an alert. */
export function validateAlertCriteria(input: unknown): AlertCriteria {
  if (typeof input === 'object' && input !== null && 'postedSince' in input) {
    throw DomainError.badInput('criteria.postedSince', 'is not a criterion of an alert');
  }
  return validateSearchCriteria(input, 'criteria') as AlertCriteria;
}
