import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { StripeEvent, StripeEventStatus } from '../entities/stripe-event.entity';

export interface NewStripeEvent {
  id: string;
  type: string;
  livemode: boolean;
  payload: Record<string, unknown>;
  customerId: string | null;
  status: 'received' | 'skipped';
  note: string | null;
}

const MAX_ERROR_LENGTH = 1000;

/** The webhook inbox. Inserting is idempotent: the Stripe event id is the primary key. */
@Injectable()
export class StripeEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores the event once; a duplicate (also a concurrent one) leaves the first row untouched. */
  async insertOnce(event: NewStripeEvent): Promise<{ inserted: boolean; status: StripeEventStatus }> {
    const inserted: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO stripe_events (id, type, livemode, payload, customer_id, status, last_error)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [event.id, event.type, event.livemode, event.payload, event.customerId, event.status, event.note],
    );
    if (inserted.length > 0) return { inserted: true, status: event.status };
    const existing = await this.dataSource
      .getRepository(StripeEvent)
      .findOne({ where: { id: event.id }, select: { id: true, status: true } });
    return { inserted: false, status: existing?.status ?? 'processed' };
  }

  /** Locks the row for the processing transaction, so two jobs for one event run one after the other. */
  async lockForProcessing(manager: EntityManager, id: string): Promise<StripeEvent | null> {
    return manager.getRepository(StripeEvent).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async markDone(manager: EntityManager, id: string, status: 'processed' | 'skipped', note: string | null): Promise<void> {
    await manager.query(
      `UPDATE stripe_events SET status = $2, attempts = attempts + 1, last_error = $3, processed_at = now() WHERE id = $1`,
      [id, status, note],
    );
  }

  /** Outside the rolled-back transaction: the row keeps the error until a retry succeeds. */
  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE stripe_events SET status = 'failed', attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
      id,
      error.slice(0, MAX_ERROR_LENGTH),
    ]);
  }

  async markSkipped(id: string, note: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE stripe_events SET status = 'skipped', attempts = attempts + 1, last_error = $2, processed_at = now() WHERE id = $1`,
      [id, note],
    );
  }

  async listForCustomer(manager: EntityManager, customerId: string): Promise<StripeEvent[]> {
    return manager.getRepository(StripeEvent).find({
      where: { customerId },
      select: { id: true, type: true, status: true, receivedAt: true, processedAt: true },
      order: { receivedAt: 'ASC' },
    });
  }

  async deleteForCustomer(manager: EntityManager, customerId: string): Promise<void> {
    await manager.getRepository(StripeEvent).delete({ customerId });
  }
}
