import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { Clock, SystemClock } from '@app/common';
import { MailTransport } from '@app/mail';
import { AlertPreviewService } from './alerts/alert-preview.service';
import { AlertsRepository } from './alerts/alerts.repository';
import { AlertsService } from './alerts/alerts.service';
import { AlertBatchService } from './dispatch/alert-batch.service';
import { AlertDigestsRepository } from './dispatch/alert-digests.repository';
import { AlertFanoutService } from './dispatch/alert-fanout.service';
import { AlertJobs } from './dispatch/alert-jobs.service';
import { AlertTickService } from './dispatch/alert-tick.service';
import { DigestDrafter } from './dispatch/digest-drafter.service';
import { DueAlertsRepository } from './dispatch/due-alerts.repository';
import { TimeZones } from './dispatch/time-zones.service';
import { AlertDelivery } from './entities/alert-delivery.entity';
import { AlertDigest } from './entities/alert-digest.entity';
import { AlertRunBatch } from './entities/alert-run-batch.entity';
import { AlertRun } from './entities/alert-run.entity';
import { JobAlert } from './entities/job-alert.entity';
import { AlertDigestMailer } from './mail/alert-digest-mailer.service';
import { AlertListingsRepository } from './matching/alert-listings.repository';
import { CriteriaMatcher } from './matching/criteria-matcher.service';
import { AlertsPersonalDataSource } from './privacy/alerts-personal-data.source';
import { AlertRunsRepository } from './runs/alert-runs.repository';
import { AlertDeliveryRetentionPolicy } from './retention/alert-delivery-retention.policy';
import { AlertRunsService } from './runs/alert-runs.service';
import { AlertUnsubscribeService } from './unsubscribe/alert-unsubscribe.service';

const exported = [
  AlertsService,
  AlertPreviewService,
  AlertRunsService,
  AlertUnsubscribeService,
  AlertTickService,
  AlertFanoutService,
  AlertBatchService,
  DigestDrafter,
  AlertDigestMailer,
];

/** Job alerts for both apps: CRUD and unsubscribe (api), the scheduler, batches and digest mails (worker). */
@Module({
  imports: [TypeOrmModule.forFeature([JobAlert, AlertRun, AlertRunBatch, AlertDigest, AlertDelivery]), AuditModule],
  providers: [
    ...exported,
    AlertsRepository,
    AlertRunsRepository,
    AlertDigestsRepository,
    AlertListingsRepository,
    DueAlertsRepository,
    CriteriaMatcher,
    TimeZones,
    AlertJobs,
    AlertsPersonalDataSource,
    AlertDeliveryRetentionPolicy,
    MailTransport,
    { provide: Clock, useClass: SystemClock },
  ],
  exports: exported,
})
export class AlertsModule {}
