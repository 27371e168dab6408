import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ADVICE_BOUNDS } from '@app/advice';
import { KEY_PATTERN } from '../../career-guides/dto/guide-parts.dto';

export const DEFAULT_ADVICE_ITEMS = 20;

export class AdviceQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: ADVICE_BOUNDS.maxItems, default: DEFAULT_ADVICE_ITEMS })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(ADVICE_BOUNDS.maxItems)
  limit: number = DEFAULT_ADVICE_ITEMS;

  @ApiPropertyOptional({
    description:
      "A published career guide's slug: the target role of the skill gap (default: the guide of the category the top items share)",
    pattern: KEY_PATTERN.source,
    maxLength: 100,
    example: 'backend-developer',
  })
  @IsOptional()
  @Matches(KEY_PATTERN, { message: 'is not a guide slug' })
  @MaxLength(100)
  guide?: string;
}
