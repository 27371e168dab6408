import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CONSULTATION_LIMITS, ConsultationMessageInput, normalizeTypedText, PLAIN_TEXT } from '@app/consultations';

/** A message of a thread, as a seeker or a consultant writes it. */
export class ConsultationMessageDto implements ConsultationMessageInput {
  @ApiProperty({
    description: 'Plain text (shown escaped, line breaks kept); trimmed',
    minLength: 1,
    maxLength: CONSULTATION_LIMITS.messageMaxLength,
    example: 'I have tested APIs for three years. Where do I start?',
  })
  @Transform(({ value }) => normalizeTypedText(value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONSULTATION_LIMITS.messageMaxLength)
  @Matches(PLAIN_TEXT, { message: '$property must be plain text (no control characters)' })
  message: string;
}
