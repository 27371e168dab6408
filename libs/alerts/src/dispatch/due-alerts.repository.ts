import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SqlParams } from '@app/jobs';
import { AlertCriteria, AlertFrequency } from '../alerts/alert-criteria';
import { dueAlertsSql, DueScope } from './due-alerts.sql';

export interface DueAlert {
  id: string;
  userId: string;
  name: string;
  frequency: AlertFrequency;
  criteria: AlertCriteria;
  criteriaKey: string;
  cursorAt: Date;
  periodKey: string;
}

/** Reads the due alerts of a batch: owners in [first, last] who are due in the run's scope. */
@Injectable()
export class DueAlertsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async inRange(scope: DueScope, firstUserId: string, lastUserId: string): Promise<DueAlert[]> {
    const params = new SqlParams();
    const due = dueAlertsSql(scope, params);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT a.id, a.user_id, a.name, a.frequency, a.criteria, a.criteria_key, a.cursor_at, ${due.periodKey} AS period_key
       FROM ${due.from}
       WHERE a.user_id BETWEEN ${params.add(firstUserId)} AND ${params.add(lastUserId)} AND ${due.where.join(' AND ')}
       ORDER BY a.user_id, a.created_at, a.id`,
      params.values,
    );
    return rows.map((row) => ({
      id: row.id as string,
      userId: row.user_id as string,
      name: row.name as string,
      frequency: row.frequency as AlertFrequency,
      criteria: row.criteria as AlertCriteria,
      criteriaKey: row.criteria_key as string,
      cursorAt: row.cursor_at as Date,
      periodKey: row.period_key as string,
    }));
  }
}
