import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CATEGORY_PATTERN, EMPLOYMENT_TYPES, EmploymentType, SEARCH_LIMITS, SENIORITIES, Seniority } from '@app/jobs';
import { PageQueryDto } from '../../http/page-query.dto';
import { IsIsoDate } from './is-iso-date.decorator';
import { parseListJobsQuery } from './parse-list-jobs-query';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const toList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).filter((v) => v !== '');

/**
 * The search filters of GET /v1/jobs (also accepted by the RSS feed). The decorators document the route
 * and are the rules; the list route itself is parsed by parseListJobsQuery (same rules, see its spec).
 */
export class ListJobsQueryDto extends PageQueryDto {
  static parseQuery(raw: Record<string, unknown>): ListJobsQueryDto {
    return parseListJobsQuery(raw, new ListJobsQueryDto());
  }

  @ApiPropertyOptional({ description: 'Full text: words, "phrases", -exclusions, or', maxLength: SEARCH_LIMITS.qMaxLength })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_LIMITS.qMaxLength)
  q?: string;

  @ApiPropertyOptional({ example: 'engineering', maxLength: SEARCH_LIMITS.categoryMaxLength, pattern: CATEGORY_PATTERN.source })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_LIMITS.categoryMaxLength)
  @Matches(CATEGORY_PATTERN, { message: 'category must be a lower-case slug' })
  category?: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  type?: EmploymentType;

  @ApiPropertyOptional({ enum: SENIORITIES, description: 'That level, plus listings open to any level' })
  @IsOptional()
  @IsIn(SENIORITIES)
  seniority?: Seniority;

  @ApiPropertyOptional({ example: 'Europe', description: 'Also matches listings open "Anywhere"' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_LIMITS.regionMaxLength)
  region?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  remote?: boolean;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: SEARCH_LIMITS.salaryMax,
    description: 'Minimum annual salary (hourly × 2080, monthly × 12), in `currency`',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(SEARCH_LIMITS.salaryMax)
  salaryMin?: number;

  @ApiPropertyOptional({ default: 'USD', example: 'EUR', pattern: '^[A-Z]{3}$' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as USD' })
  currency?: string;

  @ApiPropertyOptional({ type: [String], description: 'Repeat or comma-separate; listings carrying all of them' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(SEARCH_LIMITS.maxTags)
  @IsString({ each: true })
  @MaxLength(SEARCH_LIMITS.tagMaxLength, { each: true })
  tag?: string[];

  @ApiPropertyOptional({ example: '2026-01-31', description: 'Published at or after (an ISO 8601 date or time)' })
  @IsOptional()
  @IsIsoDate()
  postedSince?: string;
}
