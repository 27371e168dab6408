import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/common';
import { AppConfig } from '@app/config';
import { AlertCriteria, AlertFrequency } from '../alerts/alert-criteria';
import { AlertsRepository } from '../alerts/alerts.repository';
import { JobAlert } from '../entities/job-alert.entity';
import { unsubscribeKey, verifyUnsubscribeToken } from './unsubscribe-token.util';

export interface UnsubscribeView {
  alerts: Array<{ id: string; name: string; frequency: AlertFrequency; criteria: AlertCriteria; paused: boolean }>;
  /** What confirming does: a POST to the same URL pauses these alerts (nothing is deleted). */
  confirm: { method: 'POST'; effect: string };
}

/** Unsubscribe links: GET only describes (link scanners follow GETs), POST pauses, idempotently. */
@Injectable()
export class AlertUnsubscribeService {
  private readonly key: Buffer;

  constructor(
    private readonly alerts: AlertsRepository,
    config: AppConfig,
  ) {
    this.key = unsubscribeKey(config.auth.jwtSecret);
  }

  async describe(token: string): Promise<UnsubscribeView> {
    return this.view(await this.alertsOf(token));
  }

  async unsubscribe(token: string): Promise<UnsubscribeView> {
    const alerts = await this.alertsOf(token);
    await this.alerts.pauseByIds(alerts.map((alert) => alert.id));
    return this.view(alerts.map((alert) => Object.assign(alert, { paused: true })));
  }

  private async alertsOf(token: string): Promise<JobAlert[]> {
    const ids = verifyUnsubscribeToken(token, this.key);
    if (!ids) throw DomainError.badInput('token', 'is not a valid unsubscribe link');
    const alerts = await this.alerts.findByIds(ids);
    if (alerts.length === 0) throw DomainError.notFound('Alert');
    return alerts;
  }

  private view(alerts: JobAlert[]): UnsubscribeView {
    return {
      alerts: alerts.map((alert) => ({
        id: alert.id,
        name: alert.name,
        frequency: alert.frequency,
        criteria: alert.criteria,
        paused: alert.paused,
      })),
      confirm: { method: 'POST', effect: `Pauses ${alerts.length === 1 ? 'this alert' : 'these alerts'}; you can resume them any time.` },
    };
  }
}
