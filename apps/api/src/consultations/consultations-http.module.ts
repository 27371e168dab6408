import { Module } from '@nestjs/common';
import { ConsultationsModule } from '@app/consultations';
import { AdminConsultationsController } from './admin-consultations.controller';
import { ConsultationsController } from './consultations.controller';

@Module({
  imports: [ConsultationsModule],
  controllers: [ConsultationsController, AdminConsultationsController],
})
export class ConsultationsHttpModule {}
