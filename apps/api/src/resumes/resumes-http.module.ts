import { Module } from '@nestjs/common';
import { ResumesModule } from '@app/resumes';
import { AdminApplicationResumeController } from './admin-application-resume.controller';
import { MyResumeFileController } from './my-resume-file.controller';
import { MyResumeController } from './my-resume.controller';
import { TalentController } from './talent.controller';

@Module({
  imports: [ResumesModule],
  controllers: [MyResumeController, MyResumeFileController, TalentController, AdminApplicationResumeController],
})
export class ResumesHttpModule {}
