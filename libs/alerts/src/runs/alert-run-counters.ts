export interface AlertRunCounters {
  subscribers: number;
  digests: number;
  emailsSent: number;
  failed: number;
}
