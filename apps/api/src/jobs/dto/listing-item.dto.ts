import { ApiProperty } from '@nestjs/swagger';
import {
  CompanyView,
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

export class ListingCompanyDto implements CompanyView {
  @ApiProperty({ example: 'Acme Robotics' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'https://acme.example' }) website: string | null;
  @ApiProperty({ type: String, nullable: true }) logoUrl: string | null;
}

/**
 * A listing as lists show it (the search, bookmarks, applications), with the status it has now. The search
 * sends these items as Postgres renders them (`job_listing_item()`); listing-item-json.test.ts holds both to this schema.
 */
export class ListingItemDto implements ListingItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'senior-backend-engineer-acme-robotics-3f2a1c' }) slug: string;
  @ApiProperty({ example: 'Senior Backend Engineer' }) title: string;
  @ApiProperty({ type: ListingCompanyDto }) company: ListingCompanyDto;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType: EmploymentType;
  @ApiProperty({ enum: SENIORITIES }) seniority: Seniority;
  @ApiProperty({ example: 'engineering' }) category: string;
  @ApiProperty() remote: boolean;
  @ApiProperty({ type: [String], example: ['Europe'], description: 'Empty or "Anywhere": open to every region' }) regions: string[];
  @ApiProperty({ type: String, nullable: true, example: 'Berlin' }) location: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 90000, description: 'Major units of salaryCurrency, per salaryPeriod' })
  salaryMin: number | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 120000 }) salaryMax: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'EUR', description: 'ISO 4217' }) salaryCurrency: string | null;
  @ApiProperty({ enum: [...SALARY_PERIODS, null], nullable: true }) salaryPeriod: SalaryPeriod | null;
  @ApiProperty({ type: [String], example: ['go', 'postgres'] }) tags: string[];
  @ApiProperty({ type: String, nullable: true, description: 'External listings: where the application continues' }) applyUrl: string | null;
  @ApiProperty({ enum: LISTING_STATUSES }) status: ListingStatus;
  @ApiProperty({ description: 'Featured listings are pinned on the first page of the search' }) featured: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set once, by the first publication' })
  firstPublishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
}
