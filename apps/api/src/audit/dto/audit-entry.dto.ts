import { ApiProperty } from '@nestjs/swagger';
import { AuditEntryView } from '@app/audit';

class AuditActorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

export class AuditEntryDto implements AuditEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: AuditActorDto, nullable: true, description: 'null once the account was erased ("deleted user")' })
  actor: AuditActorDto | null;
  @ApiProperty({ example: 'listing.publish', description: '<entity>.<verb>' }) action: string;
  @ApiProperty({ example: 'listing' }) entity: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { status: { from: 'draft', to: 'published' } },
    description: 'The fields written, each { from, to } (a creation: to only)',
  })
  changes: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true, description: 'The x-request-id of the change' }) requestId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AuditEntryPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
