import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonalDataSource, PersonalDataSourceProvider } from '@app/common';
import { OutboundMail } from './outbound-mail.entity';

/** Mails addressed to the user: exported without bodies (they may hold one-time links), erased with the account. */
@Injectable()
@PersonalDataSourceProvider()
export class MailPersonalDataSource implements PersonalDataSource {
  readonly section = 'mail';

  async exportFor(userId: string, manager: EntityManager): Promise<unknown> {
    const email = await this.emailOf(userId, manager);
    if (!email) return [];
    const mails = await manager.getRepository(OutboundMail).find({ where: { to: email }, order: { createdAt: 'ASC' } });
    return mails.map((mail) => ({
      id: mail.id,
      subject: mail.subject,
      status: mail.status,
      createdAt: mail.createdAt,
      sentAt: mail.sentAt,
    }));
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    const email = await this.emailOf(userId, manager);
    if (email) await manager.getRepository(OutboundMail).delete({ to: email });
  }

  private async emailOf(userId: string, manager: EntityManager): Promise<string | undefined> {
    const rows: Array<{ email: string }> = await manager.query('SELECT email FROM users WHERE id = $1', [userId]);
    return rows[0]?.email;
  }
}
