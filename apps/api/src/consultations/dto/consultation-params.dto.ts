import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CONSULTATION_STATUSES, ConsultationStatus } from '@app/consultations';
import { PageQueryDto } from '../../http/page-query.dto';

export class ConsultationIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class ConsultationQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: CONSULTATION_STATUSES,
    default: 'open',
    description: '`open`: waiting for a consultant, longest waiting first; `answered` and `closed`: latest activity first',
  })
  @IsOptional()
  @IsIn(CONSULTATION_STATUSES)
  status: ConsultationStatus = 'open';
}
