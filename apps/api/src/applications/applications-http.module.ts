import { Module } from '@nestjs/common';
import { ApplicationsModule } from '@app/jobs';
import { AdminApplicationsController } from './admin-applications.controller';
import { JobApplicationsController } from './job-applications.controller';
import { MyApplicationsController } from './my-applications.controller';

@Module({
  imports: [ApplicationsModule],
  controllers: [JobApplicationsController, MyApplicationsController, AdminApplicationsController],
})
export class ApplicationsHttpModule {}
