import { ApiProperty } from '@nestjs/swagger';
import { APPLICATION_STATUSES, ApplicationStatus, ApplicationView, ReviewedApplicationView, SubmittedApplicationView } from '@app/jobs';
import { ListingItemDto } from '../../jobs/dto/listing-item.dto';
import { AttachedResumeDto } from '../../resumes/dto/resume-responses.dto';

class ApplicationFieldsDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ type: String, nullable: true }) coverLetter: string | null;
  @ApiProperty({ type: String, nullable: true }) resumeUrl: string | null;
  @ApiProperty({ format: 'date-time' }) statusChangedAt: string;
  @ApiProperty({ format: 'date-time', description: 'When the seeker applied' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ApplicationDto extends ApplicationFieldsDto implements ApplicationView {
  @ApiProperty({ type: ListingItemDto }) listing: ListingItemDto;
}

export class SubmittedApplicationDto extends ApplicationDto implements SubmittedApplicationView {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Set for external listings: the application is recorded here and continues there',
  })
  applyUrl: string | null;
}

export class ApplicationPageDto {
  @ApiProperty({ type: [ApplicationDto] }) items: ApplicationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

class ApplicantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

export class ReviewedApplicationDto extends ApplicationFieldsDto implements ReviewedApplicationView {
  @ApiProperty({ format: 'uuid' }) listingId: string;
  @ApiProperty({ type: ApplicantDto }) applicant: ApplicantDto;
  @ApiProperty({ type: AttachedResumeDto, nullable: true, description: 'The resume as attached when the seeker applied' })
  resume: AttachedResumeDto | null;
}

export class ReviewedApplicationPageDto {
  @ApiProperty({ type: [ReviewedApplicationDto] }) items: ReviewedApplicationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
