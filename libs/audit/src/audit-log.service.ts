import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Page } from '@app/common';
import { newestFirstPage } from '@app/database';
import { AuditEntryRow, AuditEntryView, toAuditEntryView } from './audit-entry-view';

export interface AuditLogQuery {
  actor?: string;
  entity?: string;
  entityId?: string;
  limit: number;
  cursor?: string;
}

/** The audit trail, newest first, by actor and by entity (each filter has its index). */
@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(query: AuditLogQuery): Promise<Page<AuditEntryView>> {
    return newestFirstPage<AuditEntryRow, AuditEntryView>(
      this.dataSource,
      {
        list: 'audit',
        select: `e.id, e.actor_id, u.name AS actor_name, u.email AS actor_email, e.action, e.entity, e.entity_id, e.changes,
                 e.request_id, e.created_at`,
        from: 'FROM audit_entries e LEFT JOIN users u ON u.id = e.actor_id',
        where: (add) => [
          ...(query.actor ? [`e.actor_id = ${add(query.actor)}`] : []),
          ...(query.entity ? [`e.entity = ${add(query.entity)}`] : []),
          ...(query.entityId ? [`e.entity_id = ${add(query.entityId)}`] : []),
        ],
        time: 'e.created_at',
        id: 'e.id',
        limit: query.limit,
        cursor: query.cursor,
      },
      toAuditEntryView,
    );
  }
}
