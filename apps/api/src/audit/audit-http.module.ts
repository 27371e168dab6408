import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { AdminAuditController } from './admin-audit.controller';

@Module({ imports: [AuditModule], controllers: [AdminAuditController] })
export class AuditHttpModule {}
