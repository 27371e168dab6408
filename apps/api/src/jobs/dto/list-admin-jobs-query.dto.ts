import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LISTING_STATUSES, ListingStatus } from '@app/jobs';
import { PageQueryDto } from '../../http/page-query.dto';

export class ListAdminJobsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LISTING_STATUSES, description: 'Only listings with this status (as shown: past expiry is expired)' })
  @IsOptional()
  @IsIn(LISTING_STATUSES)
  status?: ListingStatus;

  @ApiPropertyOptional({ description: 'Full-text search over title, company, tags and description', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
