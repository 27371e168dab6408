import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { Clock, SystemClock } from '@app/common';
import { MailModule } from '@app/mail';
import { ApplicationReviewService } from './application-review.service';
import { ApplicationsPersonalDataSource } from './applications-personal-data.source';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { JobApplication } from './job-application.entity';

/** Job applications: the seeker's tracker and the admin review (api only). */
@Module({
  imports: [TypeOrmModule.forFeature([JobApplication]), MailModule, AuditModule],
  providers: [
    ApplicationsRepository,
    ApplicationsService,
    ApplicationReviewService,
    ApplicationsPersonalDataSource,
    { provide: Clock, useClass: SystemClock },
  ],
  exports: [ApplicationsService, ApplicationReviewService],
})
export class ApplicationsModule {}
