import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { Clock, SystemClock } from '@app/common';
import { MailModule } from '@app/mail';
import { AdminConsultationsService } from './admin-consultations.service';
import { ConsultationMessage } from './consultation-message.entity';
import { Consultation } from './consultation.entity';
import { ConsultationsPersonalDataSource } from './consultations-personal-data.source';
import { ConsultationsRepository } from './consultations.repository';
import { ConsultationsService } from './consultations.service';

/** The career consultant (Plus): seekers' threads and the consultants' queue (api only). */
@Module({
  imports: [TypeOrmModule.forFeature([Consultation, ConsultationMessage]), MailModule, AuditModule],
  providers: [
    ConsultationsRepository,
    ConsultationsService,
    AdminConsultationsService,
    ConsultationsPersonalDataSource,
    { provide: Clock, useClass: SystemClock },
  ],
  exports: [ConsultationsService, AdminConsultationsService],
})
export class ConsultationsModule {}
