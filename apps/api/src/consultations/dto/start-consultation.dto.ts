import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CONSULTATION_LIMITS, normalizeTypedText, SINGLE_LINE, StartConsultationInput } from '@app/consultations';
import { ConsultationMessageDto } from './consultation-message.dto';

/** A new thread: its topic and its first message. */
export class StartConsultationDto extends ConsultationMessageDto implements StartConsultationInput {
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
}
