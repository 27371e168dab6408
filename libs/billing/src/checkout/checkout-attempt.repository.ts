import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CheckoutAttempt } from '../entities/checkout-attempt.entity';

@Injectable()
export class CheckoutAttemptRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(userId: string, stripeSessionId: string, stripeCustomerId: string): Promise<void> {
    await this.dataSource.getRepository(CheckoutAttempt).insert({ userId, stripeSessionId, stripeCustomerId });
  }

  async findForUser(userId: string, stripeSessionId: string): Promise<CheckoutAttempt | null> {
    return this.dataSource.getRepository(CheckoutAttempt).findOneBy({ userId, stripeSessionId });
  }

  async listForUser(manager: EntityManager, userId: string): Promise<CheckoutAttempt[]> {
    return manager.getRepository(CheckoutAttempt).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async deleteForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.getRepository(CheckoutAttempt).delete({ userId });
  }
}
