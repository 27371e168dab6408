import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CareerTierDto, CaseStudyDto, FaqDto, GuideSectionDto, GuideSkillsDto, KEY_PATTERN } from './guide-parts.dto';
import { GuideStatsDto } from './guide-stats.dto';
import { Optional } from './optional.decorator';
import { StringList } from './string-list.decorator';

const TAG_PATTERN = /^[a-z0-9][a-z0-9.+#-]{0,39}$/;

/** A new guide (stored as a draft). Only title and summary are required. */
export class CreateGuideDto {
  @ApiPropertyOptional({
    example: 'backend-developer',
    pattern: KEY_PATTERN.source,
    maxLength: 80,
    description: 'Derived from the title when left out',
  })
  @Optional()
  @Matches(KEY_PATTERN, { message: 'must be lower-case words joined by dashes' })
  @MaxLength(80)
  slug?: string;

  @ApiProperty({ example: 'Backend Developer Career Path Guide', minLength: 3, maxLength: 150 })
  @IsString()
  @MinLength(3)
  @MaxLength(150)
  title: string;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary: string;

  @ApiPropertyOptional({ type: () => GuideStatsDto })
  @Optional()
  @ValidateNested()
  @Type(() => GuideStatsDto)
  stats?: GuideStatsDto;

  @StringList(100, 1000)
  responsibilities?: string[];

  @StringList(100, 200, ['Node.js', 'PostgreSQL'])
  techStack?: string[];

  @ApiPropertyOptional({ type: () => GuideSkillsDto })
  @Optional()
  @ValidateNested()
  @Type(() => GuideSkillsDto)
  skills?: GuideSkillsDto;

  @ApiPropertyOptional({ type: [CareerTierDto], maxItems: 20 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CareerTierDto)
  careerTiers?: CareerTierDto[];

  @ApiPropertyOptional({ type: [GuideSectionDto], maxItems: 50 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique((section: GuideSectionDto) => section?.key, { message: 'must not repeat a section key' })
  @ValidateNested({ each: true })
  @Type(() => GuideSectionDto)
  sections?: GuideSectionDto[];

  @ApiPropertyOptional({ type: [CaseStudyDto], maxItems: 20 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CaseStudyDto)
  caseStudies?: CaseStudyDto[];

  @ApiPropertyOptional({ type: [FaqDto], maxItems: 50 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FaqDto)
  faqs?: FaqDto[];

  @StringList(50, 1000)
  pros?: string[];

  @StringList(50, 1000)
  cons?: string[];

  @StringList(50, 1000)
  commonMistakes?: string[];

  @StringList(50, 200, ['DevOps Engineer'])
  relatedRoles?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'engineering', pattern: KEY_PATTERN.source, maxLength: 60 })
  @IsOptional()
  @Matches(KEY_PATTERN, { message: 'must be lower-case words joined by dashes' })
  @MaxLength(60)
  jobCategory?: string | null;

  @ApiPropertyOptional({ type: [String], maxItems: 30, example: ['node.js', 'postgres'] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(TAG_PATTERN, { each: true, message: 'each tag must be lower case, without spaces, at most 40 characters' })
  tags?: string[];

  @StringList(30, 500, ['U.S. Bureau of Labor Statistics'])
  sources?: string[];
}
