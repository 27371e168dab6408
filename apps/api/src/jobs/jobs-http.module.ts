import { Module } from '@nestjs/common';
import { JobsModule } from '@app/jobs';
import { AdminJobsController } from './admin-jobs.controller';
import { JobsController } from './jobs.controller';

@Module({
  imports: [JobsModule],
  controllers: [JobsController, AdminJobsController],
})
export class JobsHttpModule {}
