import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '@app/jobs';
import { ApplicationResume } from './application-resume.entity';
import { ApplicationResumesService } from './application-resumes.service';
import { PostgresResumeFileStorage } from './postgres-resume-file-storage';
import { PublicResumesService } from './public-resumes.service';
import { ResumeFileStorage } from './resume-file-storage';
import { ResumeFile } from './resume-file.entity';
import { ResumePlanListener } from './resume-plan.listener';
import { Resume } from './resume.entity';
import { ResumeFilesService } from './resume-files.service';
import { ResumesPersonalDataSource } from './resumes-personal-data.source';
import { ResumesRepository } from './resumes.repository';
import { ResumesService } from './resumes.service';
import { TalentDirectoryService } from './talent-directory.service';

const exported = [ResumesService, PublicResumesService, ResumeFilesService, TalentDirectoryService, ApplicationResumesService];

/**
 * Resumes, their CV files and the talent directory. The api composes all of it; the worker imports it for
 * ResumePlanListener (reconcile changes plans there too).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Resume, ResumeFile, ApplicationResume]), ApplicationsModule],
  providers: [
    ...exported,
    ResumesRepository,
    ResumesPersonalDataSource,
    ResumePlanListener,
    { provide: ResumeFileStorage, useClass: PostgresResumeFileStorage },
  ],
  exports: exported,
})
export class ResumesModule {}
