import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Entitlements, EntitlementsService, Plan } from '@app/accounts';
import { Clock, decodeCursor, DomainError, ErrorCode, isCreatedAtPosition, Page, toPage } from '@app/common';
import { JobAlert } from '../entities/job-alert.entity';
import { AlertCriteria, AlertFrequency, PERIOD_MS } from './alert-criteria';
import { CreateAlertInput, UpdateAlertInput } from './alert-input';
import { AlertView, toAlertView } from './alert-view';
import { AlertsRepository, AlertValues } from './alerts.repository';
import { criteriaKey } from './criteria-key.util';
import { validateAlertCriteria } from './validate-alert-criteria.util';

export interface AlertLimits {
  used: number;
  max: number;
  plan: Plan;
  frequencies: AlertFrequency[];
}

/** A seeker's own alerts, within the limits of their plan (SPEC §9). */
@Injectable()
export class AlertsService {
  constructor(
    private readonly alerts: AlertsRepository,
    private readonly entitlements: EntitlementsService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(userId: string, query: { limit: number; cursor?: string }): Promise<Page<AlertView>> {
    const after = query.cursor ? decodeCursor(query.cursor, isCreatedAtPosition) : undefined;
    const [rows, dailyAllowed] = await Promise.all([this.alerts.listOfUser(userId, query.limit, after), this.dailyAllowed(userId)]);
    return toPage(
      rows,
      query.limit,
      (row) => toAlertView(row, dailyAllowed),
      (row) => ({ createdAt: row.createdAt.toISOString(), id: row.id }),
    );
  }

  /** How many alerts the user has against their plan's maximum, and the frequencies the plan offers. */
  async limitsOf(userId: string): Promise<AlertLimits> {
    const [used, entitlements] = await Promise.all([this.alerts.countOfUser(userId), this.entitlements.forUser(userId)]);
    return { used, max: entitlements.maxAlerts, plan: entitlements.plan, frequencies: entitlements.alertFrequencies };
  }

  /** What the user's active alerts ask for (job advice weighs it). */
  activeCriteriaOf(userId: string): Promise<AlertCriteria[]> {
    return this.alerts.activeCriteriaOfUser(userId);
  }

  async get(userId: string, id: string): Promise<AlertView> {
    const [alert, dailyAllowed] = await Promise.all([this.find(userId, id), this.dailyAllowed(userId)]);
    return toAlertView(alert, dailyAllowed);
  }

  async create(userId: string, input: CreateAlertInput): Promise<AlertView> {
    const criteria = validateAlertCriteria(input.criteria);
    const entitlements = await this.entitlements.forUser(userId);
    assertFrequencyAllowed(input.frequency, entitlements);
    const alert = await this.dataSource.transaction(async (manager) => {
      await this.alerts.lockOwner(userId, manager);
      if ((await this.alerts.countOfUser(userId, manager)) >= entitlements.maxAlerts) {
        throw new DomainError(
          ErrorCode.BusinessRule,
          `Your ${entitlements.plan === 'plus' ? 'Plus' : 'Free'} plan allows at most ${entitlements.maxAlerts} alerts`,
        );
      }
      const values: AlertValues = {
        name: input.name,
        frequency: input.frequency,
        criteria,
        criteriaKey: criteriaKey(criteria),
        paused: false,
        cursorAt: this.onePeriodBack(input.frequency),
      };
      return this.alerts.insertForUser(userId, values, manager);
    });
    return toAlertView(alert, entitlements.alertFrequencies.includes('daily'));
  }

  async update(userId: string, id: string, input: UpdateAlertInput): Promise<AlertView> {
    const current = await this.find(userId, id);
    const entitlements = await this.entitlements.forUser(userId);
    const changes: Partial<AlertValues> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.frequency !== undefined && input.frequency !== current.frequency) {
      assertFrequencyAllowed(input.frequency, entitlements);
      changes.frequency = input.frequency;
    }
    if (input.criteria !== undefined) {
      changes.criteria = validateAlertCriteria(input.criteria);
      changes.criteriaKey = criteriaKey(changes.criteria);
    }
    if (input.paused !== undefined) {
      changes.paused = input.paused;
      // A resumed alert looks one period back, not at everything since it was paused.
      if (current.paused && !input.paused) {
        const back = this.onePeriodBack(changes.frequency ?? current.frequency);
        if (back > current.cursorAt) changes.cursorAt = back;
      }
    }
    const updated = await this.alerts.updateOfUser(userId, id, changes);
    if (!updated) throw DomainError.notFound('Alert');
    return toAlertView(updated, entitlements.alertFrequencies.includes('daily'));
  }

  async remove(userId: string, id: string): Promise<void> {
    if (!(await this.alerts.deleteOfUser(userId, id))) throw DomainError.notFound('Alert');
  }

  async find(userId: string, id: string): Promise<JobAlert> {
    const alert = await this.alerts.findOfUser(userId, id);
    if (!alert) throw DomainError.notFound('Alert');
    return alert;
  }

  private async dailyAllowed(userId: string): Promise<boolean> {
    return (await this.entitlements.forUser(userId)).alertFrequencies.includes('daily');
  }

  private onePeriodBack(frequency: AlertFrequency): Date {
    return new Date(this.clock.now().getTime() - PERIOD_MS[frequency]);
  }
}

function assertFrequencyAllowed(frequency: AlertFrequency, entitlements: Entitlements): void {
  if (!entitlements.alertFrequencies.includes(frequency)) {
    throw new DomainError(ErrorCode.Forbidden, `${frequency === 'daily' ? 'Daily' : 'Weekly'} alerts need the Plus plan`);
  }
}
