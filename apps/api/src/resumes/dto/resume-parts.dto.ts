import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { MONTH_PATTERN } from '@app/resumes';
import { Trim } from '../../http/trim.transform';
import { IsHttpUrl } from './is-http-url.validator';

const MONTH = { pattern: MONTH_PATTERN.source, example: '2024-03', description: '`YYYY-MM`' };
const monthMessage = { message: '$property must be a month as YYYY-MM' };

export class ResumeExperienceDto {
  @ApiProperty({ maxLength: 120, example: 'Backend developer' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  title: string;

  @ApiProperty({ maxLength: 120, example: 'Acme GmbH' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  company: string;

  @ApiProperty(MONTH)
  @Matches(MONTH_PATTERN, monthMessage)
  start: string;

  @ApiPropertyOptional({ ...MONTH, type: String, nullable: true, description: '`YYYY-MM`; none while current' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Matches(MONTH_PATTERN, monthMessage)
  end?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

export class ResumeEducationDto {
  @ApiProperty({ maxLength: 120, example: 'TU Berlin' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  school: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120, example: 'BSc Computer Science' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  degree?: string | null;

  @ApiPropertyOptional({ ...MONTH, type: String, nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Matches(MONTH_PATTERN, monthMessage)
  end?: string | null;
}

export class ResumeLinkDto {
  @ApiProperty({ maxLength: 60, example: 'GitHub' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  label: string;

  @ApiProperty({ format: 'uri', maxLength: 2000, example: 'https://github.com/ada', description: 'http or https only' })
  @IsHttpUrl()
  @MaxLength(2000)
  url: string;
}
