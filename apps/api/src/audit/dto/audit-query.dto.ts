import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { AUDIT_ENTITIES } from '@app/audit';
import { PageQueryDto } from '../../http/page-query.dto';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only changes made by this admin' })
  @IsOptional()
  @IsUUID()
  actor?: string;

  @ApiPropertyOptional({ example: 'listing', description: `The kind of thing changed: ${AUDIT_ENTITIES.join(', ')}` })
  @IsOptional()
  @Matches(/^[a-z]+(_[a-z]+)*$/, { message: 'must be an entity name such as listing or alert_run' })
  @MaxLength(40)
  entity?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only changes of this one thing (with entity)' })
  @IsOptional()
  @IsUUID()
  entityId?: string;
}
