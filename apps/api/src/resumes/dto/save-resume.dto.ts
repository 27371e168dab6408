import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MAX_RESUME_SKILLS, RESUME_VISIBILITIES, ResumeInput, ResumeVisibility } from '@app/resumes';
import { Trim } from '../../http/trim.transform';
import { ResumeEducationDto, ResumeExperienceDto, ResumeLinkDto } from './resume-parts.dto';

/** The whole resume (`PUT` replaces it). Skills are trimmed and de-duplicated case-insensitively. */
export class SaveResumeDto implements ResumeInput {
  @ApiProperty({ maxLength: 120, example: 'Backend developer — Node.js and PostgreSQL' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  headline: string;

  @ApiProperty({ maxLength: 10_000, description: 'Markdown; shown as sanitized HTML (`summaryHtml`)' })
  @IsString()
  @MaxLength(10_000)
  summary: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120, example: 'Berlin, Germany' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  location?: string | null;

  @ApiProperty({ type: [String], maxItems: MAX_RESUME_SKILLS, example: ['TypeScript', 'PostgreSQL'] })
  @IsArray()
  @ArrayMaxSize(MAX_RESUME_SKILLS)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  @Matches(/\S/, { each: true, message: 'each value in $property must not be blank' })
  skills: string[];

  @ApiProperty({ type: [ResumeExperienceDto], maxItems: 50 })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ResumeExperienceDto)
  experience: ResumeExperienceDto[];

  @ApiProperty({ type: [ResumeEducationDto], maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ResumeEducationDto)
  education: ResumeEducationDto[];

  @ApiProperty({ type: [ResumeLinkDto], maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ResumeLinkDto)
  links: ResumeLinkDto[];

  @ApiProperty({ enum: RESUME_VISIBILITIES, description: '`public` resumes are in the talent directory and at `/r/:id`' })
  @IsIn(RESUME_VISIBILITIES)
  visibility: ResumeVisibility;
}
