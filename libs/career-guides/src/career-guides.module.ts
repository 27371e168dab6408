import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { JobsModule } from '@app/jobs';
import { AdminGuidesQuery } from './guides/admin-guides.query';
import { CareerGuide } from './guides/career-guide.entity';
import { CareerGuidesAdminService } from './guides/career-guides-admin.service';
import { CareerGuidesReaderService } from './guides/career-guides-reader.service';
import { CareerGuidesRepository } from './guides/career-guides.repository';
import { PublishedGuidesQuery } from './guides/published-guides.query';
import { GuideJobsSource } from './jobs/guide-jobs.source';
import { JobSearchGuideJobsSource } from './jobs/job-search-guide-jobs.source';

/** Career guides: storage, admin editing and import, public reading and search. */
@Module({
  imports: [TypeOrmModule.forFeature([CareerGuide]), JobsModule, AuditModule],
  providers: [
    CareerGuidesRepository,
    PublishedGuidesQuery,
    CareerGuidesAdminService,
    CareerGuidesReaderService,
    AdminGuidesQuery,
    { provide: GuideJobsSource, useClass: JobSearchGuideJobsSource },
  ],
  exports: [CareerGuidesAdminService, CareerGuidesReaderService, AdminGuidesQuery],
})
export class CareerGuidesModule {}
