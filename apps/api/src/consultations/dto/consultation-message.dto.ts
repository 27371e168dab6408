import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CONSULTATION_LIMITS, ConsultationMessageInput, normalizeTypedText, PLAIN_TEXT } from '@app/consultations';

const MESSAGE_DOC = {
  description: 'Plain text (shown escaped, line breaks kept); trimmed',
  minLength: 1,
  maxLength: CONSULTATION_LIMITS.messageMaxLength,
};

/** A message of a thread, as a seeker or a consultant writes it. */
export class ConsultationMessageDto implements ConsultationMessageInput {
  @ApiProperty({ ...MESSAGE_DOC, example: 'Thanks! Which of the two offers would you take first?' })
  @Transform(({ value }) => normalizeTypedText(value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONSULTATION_LIMITS.messageMaxLength)
  @Matches(PLAIN_TEXT, { message: '$property must be plain text (no control characters)' })
  message: string;
}

export { MESSAGE_DOC };
