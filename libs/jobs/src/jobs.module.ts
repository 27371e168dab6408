import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { Clock, SystemClock } from '@app/common';
import { Company } from './company/company.entity';
import { CompanyRepository } from './company/company.repository';
import { ListingExpiryService } from './expiry/listing-expiry.service';
import { AdminListingsQuery } from './listing/admin-listings.query';
import { JobImportService } from './listing/job-import.service';
import { JobListing } from './listing/job-listing.entity';
import { JobListingRepository } from './listing/job-listing.repository';
import { JobListingsService } from './listing/job-listings.service';
import { JobSearchService } from './search/job-search.service';
import { ListingSearchRepository } from './search/listing-search.repository';
import { SearchEstimator } from './search/search-estimator';
import { SearchStatementPool } from './search/search-statement-pool';

@Module({
  imports: [TypeOrmModule.forFeature([Company, JobListing]), AuditModule],
  providers: [
    { provide: Clock, useClass: SystemClock },
    CompanyRepository,
    JobListingRepository,
    JobListingsService,
    JobImportService,
    AdminListingsQuery,
    JobSearchService,
    ListingSearchRepository,
    SearchEstimator,
    SearchStatementPool,
    ListingExpiryService,
  ],
  exports: [
    JobListingsService,
    JobImportService,
    AdminListingsQuery,
    JobSearchService,
    ListingSearchRepository,
    ListingExpiryService,
    JobListingRepository,
    SearchStatementPool,
  ],
})
export class JobsModule {}
