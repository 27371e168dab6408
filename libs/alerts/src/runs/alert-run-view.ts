import { AlertFrequency } from '../alerts/alert-criteria';
import { AlertRun, AlertRunStatus, AlertRunTrigger } from '../entities/alert-run.entity';
import { AlertRunCounters } from './alert-run-counters';

export interface AlertRunView extends AlertRunCounters {
  id: string;
  frequency: AlertFrequency;
  trigger: AlertRunTrigger;
  status: AlertRunStatus;
  startedAt: string | null;
  finishedAt: string | null;
  createdAt: string;
}

export function toAlertRunView(run: AlertRun, counters: AlertRunCounters): AlertRunView {
  return {
    id: run.id,
    frequency: run.frequency,
    trigger: run.trigger,
    status: run.status,
    ...counters,
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    createdAt: run.createdAt.toISOString(),
  };
}
