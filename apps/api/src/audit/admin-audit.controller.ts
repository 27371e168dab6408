import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role } from '@app/accounts';
import { AuditLog } from '@app/audit';
import { AdminRead } from '../http/admin-route.decorator';
import { Roles } from '../http/roles.decorator';
import { AuditEntryPageDto } from './dto/audit-entry.dto';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@Roles(Role.Admin)
@Controller('admin/audit')
export class AdminAuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @AdminRead('listAuditEntries', 'The audit trail of admin changes, newest first, by actor and entity', AuditEntryPageDto)
  list(@Query() query: AuditQueryDto) {
    return this.audit.list(query);
  }
}
