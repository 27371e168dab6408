import { ApiProperty } from '@nestjs/swagger';
import {
  AttachedResumeView,
  PublicResumeView,
  RESUME_VISIBILITIES,
  ResumeFileView,
  ResumeSnapshot,
  ResumeView,
  ResumeVisibility,
  TalentItemView,
} from '@app/resumes';

class ExperienceDto {
  @ApiProperty() title: string;
  @ApiProperty() company: string;
  @ApiProperty({ example: '2024-03' }) start: string;
  @ApiProperty({ type: String, nullable: true }) end: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
}

class EducationDto {
  @ApiProperty() school: string;
  @ApiProperty({ type: String, nullable: true }) degree: string | null;
  @ApiProperty({ type: String, nullable: true }) end: string | null;
}

class LinkDto {
  @ApiProperty() label: string;
  @ApiProperty({ format: 'uri' }) url: string;
}

export class ResumeFileDto implements ResumeFileView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['application/pdf'] }) contentType: 'application/pdf';
  @ApiProperty({ type: 'integer' }) byteSize: number;
  @ApiProperty({ description: 'Hex SHA-256 of the bytes' }) sha256: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

class ResumeContentDto {
  @ApiProperty() headline: string;
  @ApiProperty({ description: 'Markdown as written' }) summary: string;
  @ApiProperty({ description: 'The summary as sanitized HTML' }) summaryHtml: string;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: [ExperienceDto] }) experience: ExperienceDto[];
  @ApiProperty({ type: [EducationDto] }) education: EducationDto[];
  @ApiProperty({ type: [LinkDto] }) links: LinkDto[];
}

export class ResumeDto extends ResumeContentDto implements ResumeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ enum: RESUME_VISIBILITIES }) visibility: ResumeVisibility;
  @ApiProperty({ type: String, nullable: true, description: 'The custom URL’s handle, kept across plan changes' }) handle: string | null;
  @ApiProperty({ description: 'Whether `/r/{handle}` answers now (the owner is Plus)' }) handleActive: boolean;
  @ApiProperty({ description: 'Pinned first and marked in the directory (Plus)' }) featured: boolean;
  @ApiProperty({ type: ResumeFileDto, nullable: true }) file: ResumeFileDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class PublicResumeDto extends ResumeContentDto implements PublicResumeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The owner’s name' }) name: string;
  @ApiProperty({ type: String, nullable: true, description: 'Set while the owner is Plus' }) handle: string | null;
  @ApiProperty() featured: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class TalentItemDto implements TalentItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() headline: string;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: String, nullable: true }) handle: string | null;
  @ApiProperty({ description: 'A Plus resume: pinned before the others' }) featured: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class TalentPageDto {
  @ApiProperty({ type: [TalentItemDto] }) items: TalentItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

class ResumeSnapshotDto extends ResumeContentDto implements ResumeSnapshot {
  @ApiProperty({ format: 'uuid' }) resumeId: string;
  @ApiProperty({ format: 'date-time', description: 'When the application took it' }) takenAt: string;
}

export class AttachedResumeDto implements AttachedResumeView {
  @ApiProperty({ type: ResumeSnapshotDto }) snapshot: ResumeSnapshotDto;
  @ApiProperty({
    type: ResumeFileDto,
    nullable: true,
    description: 'The PDF as sent: `GET /v1/admin/applications/{id}/resume/file`',
  })
  file: ResumeFileDto | null;
}
