import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RetentionPolicy, RetentionPolicyProvider } from '@app/database';

/**
 * Ledger rows that can never keep a listing from being mailed again, because no alert can find their listing
 * again (docs/alerts.md, "Pruning the ledger"): delivered RETENTION_ALERT_LEDGER_DAYS ago (more than the week a new
 * or resumed alert looks back) and before the cursor of every active alert of the user.
 */
@Injectable()
@RetentionPolicyProvider()
export class AlertDeliveryRetentionPolicy implements RetentionPolicy {
  readonly name = 'alert-deliveries';
  readonly statement = `
    DELETE FROM alert_deliveries WHERE ctid = ANY(ARRAY(
      SELECT d.ctid FROM alert_deliveries d
       WHERE d.delivered_at < now() - make_interval(days => $2::int)
         AND NOT EXISTS (SELECT 1 FROM job_alerts a
                          WHERE a.user_id = d.user_id AND a.paused = false AND a.cursor_at <= d.delivered_at)
       ORDER BY d.delivered_at
       LIMIT $1))`;

  constructor(private readonly config: AppConfig) {}

  parameters(): unknown[] {
    return [this.config.retention.alertLedgerDays];
  }
}
