import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { StringList } from './string-list.decorator';

export const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class GuideSkillsDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000, description: 'Markdown' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  education?: string | null;

  @StringList(100, 300, ['SQL', 'HTTP and REST'])
  technical?: string[];

  @StringList(100, 300, ['Communication'])
  soft?: string[];
}

export class CareerTierDto {
  @ApiProperty({ example: 'Junior Backend Developer', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiProperty({ example: '0-2 years', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  experience: string;

  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @MaxLength(5000)
  description: string;
}

export class GuideSectionDto {
  @ApiProperty({ example: 'day-in-the-life', pattern: KEY_PATTERN.source, maxLength: 60 })
  @Matches(KEY_PATTERN, { message: 'must be lower-case words joined by dashes' })
  @MaxLength(60)
  key: string;

  @ApiProperty({ example: 'A Day in the Life', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiProperty({ description: 'Markdown', maxLength: 50000 })
  @IsString()
  @MaxLength(50000)
  body: string;
}

export class CaseStudyDto {
  @ApiProperty({ maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ maxLength: 10000 })
  @IsString()
  @MaxLength(10000)
  body: string;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  takeaway: string;
}

export class FaqDto {
  @ApiProperty({ maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  question: string;

  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  answer: string;
}
