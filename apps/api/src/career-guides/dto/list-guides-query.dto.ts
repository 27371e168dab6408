import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../http/page-query.dto';
import { KEY_PATTERN } from './guide-parts.dto';

export class ListGuidesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Full-text search (words, "phrases", -exclusions); results ranked by relevance', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ example: 'engineering', description: 'Job category of the guide' })
  @IsOptional()
  @Matches(KEY_PATTERN, { message: 'must be lower-case words joined by dashes' })
  @MaxLength(60)
  category?: string;
}
