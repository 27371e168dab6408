import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EMPLOYMENT_TYPES, SEARCH_LIMITS, SENIORITIES } from '@app/jobs';

/** The listing search's filters (SPEC §7); the service normalises them with the search's own rules. */
export class AlertCriteriaDto {
  @ApiPropertyOptional({ description: 'Full-text query: words, "phrases", -exclusions', maxLength: SEARCH_LIMITS.qMaxLength })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(SEARCH_LIMITS.qMaxLength)
  q?: string;

  @ApiPropertyOptional({ example: 'backend', maxLength: SEARCH_LIMITS.categoryMaxLength })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_LIMITS.categoryMaxLength)
  category?: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  type?: (typeof EMPLOYMENT_TYPES)[number];

  @ApiPropertyOptional({ enum: SENIORITIES })
  @IsOptional()
  @IsIn(SENIORITIES)
  seniority?: (typeof SENIORITIES)[number];

  @ApiPropertyOptional({ example: 'Europe', description: 'Listings open "Anywhere" always match' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(SEARCH_LIMITS.regionMaxLength)
  region?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  remote?: boolean;

  @ApiPropertyOptional({ description: 'Annual amount in `currency` (default USD)', minimum: 0, maximum: SEARCH_LIMITS.salaryMax })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(SEARCH_LIMITS.salaryMax)
  salaryMin?: number;

  @ApiPropertyOptional({ example: 'USD', description: 'Currency of salaryMin (ISO 4217)' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/)
  currency?: string;

  @ApiPropertyOptional({ type: [String], maxItems: SEARCH_LIMITS.maxTags, description: 'Listings carrying all of them' })
  @IsOptional()
  @ArrayMaxSize(SEARCH_LIMITS.maxTags)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(SEARCH_LIMITS.tagMaxLength, { each: true })
  tags?: string[];
}
