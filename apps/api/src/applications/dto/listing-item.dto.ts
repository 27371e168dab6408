import { ApiProperty } from '@nestjs/swagger';
import {
  EMPLOYMENT_TYPES,
  EmploymentType,
  LISTING_STATUSES,
  ListingItem,
  ListingStatus,
  SALARY_PERIODS,
  SalaryPeriod,
  SENIORITIES,
  Seniority,
} from '@app/jobs';

class EmbeddedCompanyDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ type: String, nullable: true }) logoUrl: string | null;
}

/** A listing embedded in an application or a bookmark, with the status it has now (closed/expired ones stay). */
export class ListingItemDto implements ListingItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: EmbeddedCompanyDto }) company: EmbeddedCompanyDto;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType: EmploymentType;
  @ApiProperty({ enum: SENIORITIES }) seniority: Seniority;
  @ApiProperty() category: string;
  @ApiProperty() remote: boolean;
  @ApiProperty({ type: [String] }) regions: string[];
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: Number, nullable: true }) salaryMin: number | null;
  @ApiProperty({ type: Number, nullable: true }) salaryMax: number | null;
  @ApiProperty({ type: String, nullable: true }) salaryCurrency: string | null;
  @ApiProperty({ enum: SALARY_PERIODS, nullable: true }) salaryPeriod: SalaryPeriod | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: String, nullable: true, description: 'External listings: where the application continues' }) applyUrl: string | null;
  @ApiProperty({ enum: LISTING_STATUSES }) status: ListingStatus;
  @ApiProperty() featured: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) firstPublishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
}
