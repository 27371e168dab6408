import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from './audit-entry.entity';
import { AuditLog } from './audit-log.service';
import { AuditTrail } from './audit-trail.service';

/** The audit trail of admin changes: written by the domain services in their transactions, read by admins. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  providers: [AuditTrail, AuditLog],
  exports: [AuditTrail, AuditLog],
})
export class AuditModule {}
