import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches, MaxLength } from 'class-validator';
import { KEY_PATTERN } from './guide-parts.dto';

export class GuideIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class GuideSlugParam {
  @ApiProperty({ example: 'backend-developer-career-path-guide', pattern: KEY_PATTERN.source, maxLength: 100 })
  @Matches(KEY_PATTERN, { message: 'is not a guide slug' })
  @MaxLength(100)
  slug: string;
}
