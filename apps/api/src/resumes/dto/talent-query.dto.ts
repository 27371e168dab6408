import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { TalentQuery } from '@app/resumes';
import { PageQueryDto } from '../../http/page-query.dto';

export class TalentQueryDto extends PageQueryDto implements TalentQuery {
  @ApiPropertyOptional({ maxLength: 200, description: 'Full text over headline, skills and summary (words, "phrases", -exclusions)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ maxLength: 60, example: 'PostgreSQL', description: 'One skill, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  skill?: string;

  @ApiPropertyOptional({ maxLength: 60, example: 'Berlin', description: 'Words of the location, in order' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  region?: string;
}
