import { ApiProperty } from '@nestjs/swagger';
import {
  AdminConsultationSummaryView,
  AdminConsultationView,
  CONSULTATION_STATUSES,
  ConsultationMessageView,
  ConsultationSeeker,
  ConsultationStatus,
  ConsultationSummaryView,
  ConsultationView,
  MESSAGE_AUTHORS,
  MessageAuthor,
} from '@app/consultations';

export class ConsultationMessageViewDto implements ConsultationMessageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MESSAGE_AUTHORS }) author: MessageAuthor;
  @ApiProperty({ description: "The seeker's name, or the consultant's (an admin); “Former consultant” once that account is erased" })
  authorName: string;
  @ApiProperty({ description: 'Plain text; line breaks as \\n' }) body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

class ConsultationFieldsDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() topic: string;
  @ApiProperty({
    enum: CONSULTATION_STATUSES,
    description: '`open`: waiting for the consultant; `answered`: the consultant replied last; `closed`: ended by the seeker',
  })
  status: ConsultationStatus;
  @ApiProperty({ type: 'integer' }) messageCount: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'While open: since when the seeker is waiting' })
  waitingSince: string | null;
  @ApiProperty({ format: 'date-time' }) lastMessageAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ConsultationSummaryDto extends ConsultationFieldsDto implements ConsultationSummaryView {
  @ApiProperty({ type: ConsultationMessageViewDto }) latestMessage: ConsultationMessageViewDto;
}

export class ConsultationDto extends ConsultationFieldsDto implements ConsultationView {
  @ApiProperty({ type: [ConsultationMessageViewDto], description: 'Every message, in the order written' })
  messages: ConsultationMessageViewDto[];
}

export class ConsultationPageDto {
  @ApiProperty({ type: [ConsultationSummaryDto] }) items: ConsultationSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

class ConsultationSeekerDto implements ConsultationSeeker {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

export class AdminConsultationSummaryDto extends ConsultationSummaryDto implements AdminConsultationSummaryView {
  @ApiProperty({ type: ConsultationSeekerDto }) seeker: ConsultationSeekerDto;
}

export class AdminConsultationDto extends ConsultationDto implements AdminConsultationView {
  @ApiProperty({ type: ConsultationSeekerDto }) seeker: ConsultationSeekerDto;
}

export class AdminConsultationPageDto {
  @ApiProperty({ type: [AdminConsultationSummaryDto] }) items: AdminConsultationSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
