import { AlertFrequency } from './alert-criteria';

export interface CreateAlertInput {
  name: string;
  frequency: AlertFrequency;
  /** Validated and normalised by the service with the listing search's own rules. */
  criteria: unknown;
}

export interface UpdateAlertInput {
  name?: string;
  frequency?: AlertFrequency;
  criteria?: unknown;
  paused?: boolean;
}
