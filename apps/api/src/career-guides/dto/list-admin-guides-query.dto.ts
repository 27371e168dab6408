import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { GUIDE_STATUSES, GuideStatus } from '@app/career-guides';
import { PageQueryDto } from '../../http/page-query.dto';

export class ListAdminGuidesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: GUIDE_STATUSES })
  @IsOptional()
  @IsIn(GUIDE_STATUSES)
  status?: GuideStatus;

  @ApiPropertyOptional({ description: 'Full-text search over the whole guide', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
