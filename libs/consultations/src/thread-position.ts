import { CONSULTATION_STATUSES, ConsultationStatus } from './consultation-rules';

/** Where a page of threads continues: the ordering time of the last row shown, and its id. */
export interface ThreadPosition extends Record<string, unknown> {
  at: string;
  id: string;
}

export function isThreadPosition(value: unknown): value is ThreadPosition {
  const v = value as ThreadPosition | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.at === 'string' && !Number.isNaN(Date.parse(v.at));
}

/** A queue cursor names its status too: it only continues the list it came from. */
export function isQueuePosition(status: ConsultationStatus) {
  return (value: unknown): value is ThreadPosition & { status: ConsultationStatus } =>
    isThreadPosition(value) && CONSULTATION_STATUSES.includes(status) && value.status === status;
}
