import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonalDataSource, PersonalDataSourceProvider } from '@app/common';
import { AlertsRepository } from '../alerts/alerts.repository';

/** The user's alerts, their digests and the delivery ledger (which listings were mailed to them). */
@PersonalDataSourceProvider()
@Injectable()
export class AlertsPersonalDataSource implements PersonalDataSource {
  readonly section = 'alerts';

  constructor(private readonly alerts: AlertsRepository) {}

  async exportFor(userId: string, manager: EntityManager): Promise<unknown> {
    const alerts = await this.alerts.listAllOfUser(userId, manager);
    const digests = await manager.query(
      `SELECT id, frequency, period_key AS "periodKey", status, listing_count AS "listingCount", created_at AS "createdAt", sent_at AS "sentAt"
       FROM alert_digests WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    const deliveries = await manager.query(
      `SELECT listing_id AS "listingId", digest_id AS "digestId", delivered_at AS "deliveredAt"
       FROM alert_deliveries WHERE user_id = $1 ORDER BY delivered_at`,
      [userId],
    );
    return {
      alerts: alerts.map((alert) => ({
        id: alert.id,
        name: alert.name,
        frequency: alert.frequency,
        criteria: alert.criteria,
        paused: alert.paused,
        lastDigestAt: alert.lastDigestAt,
        createdAt: alert.createdAt,
        updatedAt: alert.updatedAt,
      })),
      digests,
      deliveries,
    };
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM alert_deliveries WHERE user_id = $1', [userId]);
    await manager.query('DELETE FROM alert_digests WHERE user_id = $1', [userId]);
    await this.alerts.deleteAllOfUser(userId, manager);
  }
}
