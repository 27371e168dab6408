import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { CreatedAtPosition } from '@app/common';
import { JobAlert } from '../entities/job-alert.entity';

export type AlertValues = Pick<JobAlert, 'name' | 'frequency' | 'criteria' | 'criteriaKey' | 'paused' | 'cursorAt'>;

/** Alerts by intent; the owner's id comes first wherever a user acts on their own alerts. */
@Injectable()
export class AlertsRepository {
  constructor(@InjectRepository(JobAlert) private readonly alerts: Repository<JobAlert>) {}

  /** Newest first; `limit + 1` rows so the caller can tell whether another page exists. */
  listOfUser(userId: string, limit: number, after?: CreatedAtPosition): Promise<JobAlert[]> {
    const query = this.alerts
      .createQueryBuilder('a')
      .where('a.user_id = :userId', { userId })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(limit + 1);
    if (after) query.andWhere('(a.created_at, a.id) < (:createdAt, :id)', { createdAt: after.createdAt, id: after.id });
    return query.getMany();
  }

  /** The criteria of the user's alerts that are not paused, oldest first (job_alerts_user_id_idx). */
  async activeCriteriaOfUser(userId: string): Promise<JobAlert['criteria'][]> {
    const rows = await this.alerts.find({
      select: { criteria: true },
      where: { userId, paused: false },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => row.criteria);
  }

  findOfUser(userId: string, id: string, manager?: EntityManager): Promise<JobAlert | null> {
    return this.repo(manager).findOneBy({ userId, id });
  }

  /** Serialises alert creation per user (plan limits are checked against a stable count). */
  async lockOwner(userId: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [userId]);
  }

  countOfUser(userId: string, manager?: EntityManager): Promise<number> {
    return this.repo(manager).countBy({ userId });
  }

  insertForUser(userId: string, values: AlertValues, manager?: EntityManager): Promise<JobAlert> {
    const repository = this.repo(manager);
    return repository.save(repository.create({ ...values, userId }));
  }

  async updateOfUser(userId: string, id: string, changes: Partial<AlertValues>, manager?: EntityManager): Promise<JobAlert | null> {
    if (Object.keys(changes).length > 0) await this.repo(manager).update({ userId, id }, { ...changes, updatedAt: new Date() });
    return this.findOfUser(userId, id, manager);
  }

  async deleteOfUser(userId: string, id: string): Promise<boolean> {
    const result = await this.alerts.delete({ userId, id });
    return (result.affected ?? 0) > 0;
  }

  /** For a signed unsubscribe token: the token itself is the authority, scoped to these ids. */
  findByIds(ids: string[]): Promise<JobAlert[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.alerts.find({ where: { id: In(ids) }, order: { createdAt: 'ASC' } });
  }

  async pauseByIds(ids: string[]): Promise<void> {
    if (ids.length > 0) await this.alerts.update({ id: In(ids), paused: false }, { paused: true, updatedAt: new Date() });
  }

  listAllOfUser(userId: string, manager: EntityManager): Promise<JobAlert[]> {
    return manager.getRepository(JobAlert).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async deleteAllOfUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(JobAlert).delete({ userId });
  }

  private repo(manager?: EntityManager): Repository<JobAlert> {
    return manager ? manager.getRepository(JobAlert) : this.alerts;
  }
}
