import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { User } from '@app/accounts';
import { AppConfig } from '@app/config';
import { MailService } from '@app/mail';
import { PaymentFailureNoticeRepository } from './payment-failure-notice.repository';
import { renderPaymentFailedMail } from './render-payment-failed-mail.util';

export interface FailedInvoiceAttempt {
  userId: string;
  subscriptionStatus: string;
  invoiceId: string;
  attemptCount: number;
}

/** Stores one "update your card" mail per invoice attempt inside the caller's transaction. */
@Injectable()
export class PaymentFailedMailer {
  constructor(
    private readonly notices: PaymentFailureNoticeRepository,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /** Returns the stored mail's id (dispatch it after commit), or null when nothing is to be sent. */
  async store(manager: EntityManager, attempt: FailedInvoiceAttempt): Promise<string | null> {
    // While `incomplete`, the customer is still on the Checkout page, which shows the failure itself.
    if (attempt.subscriptionStatus === 'incomplete') return null;
    const noticeId = await this.notices.claim(manager, {
      userId: attempt.userId,
      stripeInvoiceId: attempt.invoiceId,
      attemptCount: attempt.attemptCount,
    });
    if (!noticeId) return null;
    const user = await manager
      .getRepository(User)
      .findOne({ where: { id: attempt.userId }, select: { id: true, email: true, name: true } });
    if (!user) return null;
    // Portal sessions expire within minutes, so the mail links to the app, which opens a fresh one.
    const rendered = renderPaymentFailedMail({
      name: user.name,
      updateCardUrl: `${this.config.http.appUrl}/billing/portal`,
      attemptCount: attempt.attemptCount,
    });
    const mailId = await this.mail.store({ to: user.email, ...rendered }, manager);
    await this.notices.setMail(manager, noticeId, mailId);
    return mailId;
  }
}
