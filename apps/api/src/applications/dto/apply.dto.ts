import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { APPLICATION_LIMITS, ApplyInput } from '@app/jobs';

export class ApplyDto implements ApplyInput {
  @ApiPropertyOptional({ minLength: 1, maxLength: APPLICATION_LIMITS.coverLetterMaxLength })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(APPLICATION_LIMITS.coverLetterMaxLength)
  coverLetter?: string;

  @ApiPropertyOptional({ format: 'uri', maxLength: APPLICATION_LIMITS.resumeUrlMaxLength, example: 'https://example.com/resume.pdf' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http or https URL' })
  @MaxLength(APPLICATION_LIMITS.resumeUrlMaxLength)
  resumeUrl?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Attach the own resume (and its PDF) as it is now; later edits do not change what was sent',
  })
  @IsOptional()
  @IsBoolean()
  attachResume?: boolean;
}
