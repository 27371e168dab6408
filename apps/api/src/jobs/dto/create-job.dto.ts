import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CATEGORY_PATTERN,
  EMPLOYMENT_TYPES,
  EmploymentType,
  ListingInput,
  SALARY_PERIODS,
  SalaryPeriod,
  SENIORITIES,
  Seniority,
} from '@app/jobs';

const WEB_URL = { protocols: ['http', 'https'], require_protocol: true };

export class CompanyDto {
  @ApiProperty({ example: 'Acme Robotics' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uri', maxLength: 500, example: 'https://acme.example' })
  @IsOptional()
  @IsUrl(WEB_URL)
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uri', maxLength: 500 })
  @IsOptional()
  @IsUrl(WEB_URL)
  @MaxLength(500)
  logoUrl?: string | null;
}

export class CreateJobDto implements ListingInput {
  @ApiProperty({ example: 'Senior Backend Engineer' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @ApiProperty({ type: CompanyDto })
  @ValidateNested()
  @Type(() => CompanyDto)
  company: CompanyDto;

  @ApiProperty({ description: 'Markdown; rendered to sanitized HTML' })
  @IsString()
  @MinLength(1)
  @MaxLength(50_000)
  description: string;

  @ApiProperty({ enum: EMPLOYMENT_TYPES })
  @IsIn(EMPLOYMENT_TYPES)
  employmentType: EmploymentType;

  @ApiProperty({ enum: SENIORITIES })
  @IsIn(SENIORITIES)
  seniority: Seniority;

  @ApiProperty({ example: 'engineering' })
  @IsString()
  @MaxLength(60)
  @Matches(CATEGORY_PATTERN, { message: 'category must be a lower-case slug' })
  category: string;

  @ApiProperty()
  @IsBoolean()
  remote: boolean;

  @ApiPropertyOptional({ type: [String], example: ['Europe', 'UK'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(60, { each: true })
  regions?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'Berlin' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  location?: string | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, maximum: 100_000_000, description: 'Major units, per salaryPeriod' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  salaryMin?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, maximum: 100_000_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  salaryMax?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, pattern: '^[A-Z]{3}$', example: 'USD', description: 'ISO 4217' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'salaryCurrency must be an ISO 4217 code such as USD' })
  salaryCurrency?: string | null;

  @ApiPropertyOptional({ enum: [...SALARY_PERIODS, null], nullable: true })
  @IsOptional()
  @IsIn(SALARY_PERIODS)
  salaryPeriod?: SalaryPeriod | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(40, { each: true })
  tags?: string[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uri',
    maxLength: 1000,
    description: 'External application URL; without it, applications are internal',
  })
  @IsOptional()
  @IsUrl(WEB_URL)
  @MaxLength(1000)
  applyUrl?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  featured?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Publish immediately instead of saving a draft' })
  @IsOptional()
  @IsBoolean()
  publish?: boolean;
}
