import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CONSULTATION_LIMITS, normalizeTypedText, PLAIN_TEXT, SINGLE_LINE, StartConsultationInput } from '@app/consultations';
import { MESSAGE_DOC } from './consultation-message.dto';

export class StartConsultationDto implements StartConsultationInput {
  @ApiProperty({
    example: 'Moving from QA into backend development',
    description: 'One line of plain text; trimmed',
    minLength: CONSULTATION_LIMITS.topicMinLength,
    maxLength: CONSULTATION_LIMITS.topicMaxLength,
  })
  @Transform(({ value }) => normalizeTypedText(value))
  @IsString()
  @MinLength(CONSULTATION_LIMITS.topicMinLength)
  @MaxLength(CONSULTATION_LIMITS.topicMaxLength)
  @Matches(SINGLE_LINE, { message: '$property must be one line of plain text' })
  topic: string;

  @ApiProperty({ ...MESSAGE_DOC, example: 'I have tested APIs for three years. Where do I start to build them?' })
  @Transform(({ value }) => normalizeTypedText(value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONSULTATION_LIMITS.messageMaxLength)
  @Matches(PLAIN_TEXT, { message: '$property must be plain text (no control characters)' })
  message: string;
}
