import { Module } from '@nestjs/common';
import { ApplicationsModule } from '@app/jobs';
import { ResumesModule } from '@app/resumes';
import { AdminApplicationsController } from './admin-applications.controller';
import { JobApplicationsController } from './job-applications.controller';
import { MyApplicationsController } from './my-applications.controller';

@Module({
  imports: [ApplicationsModule, ResumesModule],
  controllers: [JobApplicationsController, MyApplicationsController, AdminApplicationsController],
})
export class ApplicationsHttpModule {}
