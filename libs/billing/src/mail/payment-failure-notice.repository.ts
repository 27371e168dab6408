import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PaymentFailureNotice } from '../entities/payment-failure-notice.entity';

@Injectable()
export class PaymentFailureNoticeRepository {
  /** Claims the (invoice, attempt) pair: its id, or null when it was claimed before. */
  async claim(manager: EntityManager, notice: { userId: string; stripeInvoiceId: string; attemptCount: number }): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO payment_failure_notices (user_id, stripe_invoice_id, attempt_count)
       VALUES ($1, $2, $3) ON CONFLICT (stripe_invoice_id, attempt_count) DO NOTHING RETURNING id`,
      [notice.userId, notice.stripeInvoiceId, notice.attemptCount],
    );
    return rows[0]?.id ?? null;
  }

  async setMail(manager: EntityManager, id: string, mailId: string): Promise<void> {
    await manager.getRepository(PaymentFailureNotice).update({ id }, { mailId });
  }

  async listForUser(manager: EntityManager, userId: string): Promise<PaymentFailureNotice[]> {
    return manager.getRepository(PaymentFailureNotice).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async deleteForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.getRepository(PaymentFailureNotice).delete({ userId });
  }
}
