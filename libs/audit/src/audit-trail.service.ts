import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { requestContext } from '@app/observability';
import { AuditRecord } from './audit-record';

/**
 * Records admin changes. Always called with the transaction of the change itself, so a change that fails
 * (a stale version, a broken rule) leaves no entry, and an entry never exists without its change.
 */
@Injectable()
export class AuditTrail {
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_entries (actor_id, action, entity, entity_id, changes, request_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        record.actor.id,
        record.action,
        record.entity,
        record.entityId,
        JSON.stringify(record.changes ?? {}),
        requestContext.getStore()?.requestId ?? null,
      ],
    );
  }
}
